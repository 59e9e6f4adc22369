import './yours.css';
import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { fileProblem } from './check-input-file.ts';
import { PipelineProgress } from './pipeline-progress.tsx';
import { PASTED, useAddArticle } from './use-add-article.ts';

/**
 * /add: paste an article's text, or choose or drop a saved page (.txt or .html). The pipeline
 * runs in a Web Worker in this browser; the article opens at its own address when done.
 */
export function AddArticlePage() {
  const { state, add, cancel, fail } = useAddArticle();
  // Uncontrolled: a pasted page can be megabytes, and re-rendering it on every keystroke would
  // make typing in the box lag. Its value is read once, on submit.
  const textBox = useRef<HTMLTextAreaElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [date, setDate] = useState('');
  const [dragging, setDragging] = useState(false);
  const hintId = useId();
  const dateHintId = useId();
  const working = state.phase === 'working';

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    const problem = fileProblem(chosen);
    if (problem) {
      setFile(null);
      fail(problem);
    } else {
      setFile(chosen);
      fail('');
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (working) return;
    const referenceDate = date || null;
    if (file) {
      await add({ bytes: await file.arrayBuffer(), fileName: file.name, referenceDate });
    } else if (textBox.current?.value.trim()) {
      const bytes = new TextEncoder().encode(textBox.current.value).buffer as ArrayBuffer;
      await add({ bytes, fileName: PASTED, referenceDate });
    } else fail('Paste the text of an article, or choose a file, first.');
  };

  const onDrop = (event: DragEvent) => {
    const dropped = event.dataTransfer.files[0];
    setDragging(false);
    if (!dropped) return; // Dropped text lands in the text box by itself.
    event.preventDefault();
    choose(dropped);
  };

  return (
    <section className="add-article" aria-labelledby="add-title">
      <title>Add an article · Lede</title>
      <h1 id="add-title">Add an article</h1>
      <p id={hintId}>
        Paste the text of a news page, or choose or drop a saved page (.txt or .html, up to 5 MB).
        Lede reads it here in your browser and keeps it in this browser only.
      </p>
      <form
        aria-labelledby="add-title"
        onSubmit={(event) => void submit(event)}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-dragging={dragging || undefined}
      >
        <label htmlFor="add-text">Article text</label>
        <textarea
          id="add-text"
          rows={12}
          ref={textBox}
          disabled={working || file !== null}
          aria-describedby={hintId}
        />
        <div className="add-file">
          {file ? (
            <p>
              Chosen: <strong>{file.name}</strong> ({Math.max(1, Math.round(file.size / 1024))} KB){' '}
              <button
                type="button"
                className="link-button"
                onClick={() => setFile(null)}
                disabled={working}
              >
                Remove file
              </button>
            </p>
          ) : (
            <label className="file-picker">
              Choose a file
              <input
                type="file"
                accept=".txt,.text,.html,.htm,text/plain,text/html"
                disabled={working}
                onChange={(event) => {
                  choose(event.target.files?.[0]);
                  event.target.value = '';
                }}
              />
            </label>
          )}
        </div>
        <label htmlFor="add-date">Reference date (optional)</label>
        <input
          id="add-date"
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          disabled={working}
          aria-describedby={dateHintId}
        />
        <p id={dateHintId} className="hint">
          What “on Tuesday” or “last year” count from when the page has no date line.
        </p>
        <button type="submit" disabled={working}>
          Read article
        </button>
      </form>
      {working && <PipelineProgress step={state.step} onCancel={cancel} />}
      <p role="alert" className="add-message">
        {state.phase === 'idle' ? state.message : null}
      </p>
    </section>
  );
}
