import { useEffect, useRef } from 'react';
import { updateSettings, useSettings } from '../../storage/settings-store.ts';

type Props = { open: boolean; onClose: () => void };

const SHORTCUTS: [string, string][] = [
  [']', 'Next mention of the lens'],
  ['[', 'Previous mention of the lens'],
  ['Esc', 'Clear the lens'],
  ['?', 'Show these shortcuts'],
];

/** The keyboard shortcuts, and the switch that turns the single-key ones off. */
export function ShortcutsDialog({ open, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const settings = useSettings();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <label className="shortcuts-toggle">
        <input
          type="checkbox"
          checked={settings.shortcuts}
          onChange={(event) => updateSettings({ shortcuts: event.target.checked })}
        />
        Single-key shortcuts (<kbd>]</kbd> <kbd>[</kbd> <kbd>?</kbd>)
      </label>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
