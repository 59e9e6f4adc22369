import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';

// Loaded when first opened: no weight on the first load of any page.
const ReadingSettingsForm = lazy(async () => ({
  default: (await import('./reading-settings-form.tsx')).ReadingSettingsForm,
}));

/**
 * "Reading settings" in the site header: a button that opens a small non-modal panel. It closes
 * with Escape (focus returns to the button), a click elsewhere, or when focus leaves it.
 */
export function ReadingSettingsControl() {
  const [open, setOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Handled here, so the reader's own Escape (clear the lens) does not also fire.
    event.preventDefault();
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div
      className="settings-control"
      ref={containerRef}
      onBlur={(event) => {
        if (open && !containerRef.current?.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        type="button"
        ref={buttonRef}
        className="header-button"
        aria-expanded={open}
        aria-controls="reading-settings"
        aria-label="Reading settings"
        onClick={() => setOpen((was) => !was)}
      >
        {/* On a phone only the glyph shows: the name stays "Reading settings". */}
        <span className="settings-glyph" aria-hidden="true">
          Aa
        </span>
        <span className="settings-text">Reading settings</span>
      </button>
      {open && (
        <div
          id="reading-settings"
          className="settings-panel"
          role="dialog"
          aria-label="Reading settings"
          // Focusable so that a click on a label inside keeps focus here (and the panel open).
          tabIndex={-1}
          onKeyDown={onKeyDown}
        >
          <Suspense fallback={<p className="setting-hint">Loading…</p>}>
            <ReadingSettingsForm />
          </Suspense>
        </div>
      )}
    </div>
  );
}
