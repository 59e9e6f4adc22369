import { useEffect, useRef } from 'react';
import { updateSettings, useSettings, type Settings } from '../../storage/settings-store.ts';

type Choice = {
  [K in keyof Settings]: { key: K; legend: string; options: [Settings[K], string][] };
};

const CHOICES: Choice['theme' | 'textSize' | 'lineWidth' | 'font'][] = [
  {
    key: 'theme',
    legend: 'Theme',
    options: [
      ['system', 'System'],
      ['light', 'Light'],
      ['dark', 'Dark'],
      ['sepia', 'Sepia'],
    ],
  },
  {
    key: 'textSize',
    legend: 'Text size',
    options: [
      ['small', 'Small'],
      ['medium', 'Medium'],
      ['large', 'Large'],
      ['x-large', 'Largest'],
    ],
  },
  {
    key: 'lineWidth',
    legend: 'Line width',
    options: [
      ['narrow', 'Narrow'],
      ['medium', 'Medium'],
      ['wide', 'Wide'],
    ],
  },
  {
    key: 'font',
    legend: 'Font',
    options: [
      ['serif', 'Serif'],
      ['sans', 'Sans-serif'],
    ],
  },
];

/**
 * One group of radio buttons per setting; a change applies (and is saved) at once. Focus moves to
 * the first group's chosen option as the panel opens.
 */
export function ReadingSettingsForm() {
  const settings = useSettings();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.querySelector<HTMLInputElement>('input:checked')?.focus(), []);
  return (
    <div ref={ref}>
      {CHOICES.map(({ key, legend, options }) => (
        <fieldset key={key} className="setting-choice">
          <legend>{legend}</legend>
          <div className="segmented">
            {options.map(([value, label]) => (
              <label key={value} data-value={value}>
                <input
                  type="radio"
                  name={`setting-${key}`}
                  value={value}
                  checked={settings[key] === value}
                  onChange={() => updateSettings({ [key]: value })}
                />
                <span>{label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {settings.theme === 'system' && (
        <p className="setting-hint">System follows your device’s light or dark mode.</p>
      )}
    </div>
  );
}
