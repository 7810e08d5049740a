import { useId } from 'react';
import type { EmbedOptions } from '../options/embed-options.ts';
import type { EmbedTheme } from '../protocol/embed-messages.ts';

const THEMES: readonly (readonly [EmbedTheme, string])[] = [
  ['auto', 'Automatic'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

interface EmbedOptionsFieldsProps {
  options: EmbedOptions;
  onChange: (options: EmbedOptions) => void;
}

export function EmbedOptionsFields({ options, onChange }: EmbedOptionsFieldsProps) {
  const themeName = useId();
  return (
    <div className="embed-options">
      <fieldset>
        <legend>Theme</legend>
        {THEMES.map(([theme, label]) => (
          <label key={theme}>
            <input
              type="radio"
              name={themeName}
              value={theme}
              checked={options.theme === theme}
              onChange={() => {
                onChange({ ...options, theme });
              }}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Show</legend>
        <label>
          <input
            type="checkbox"
            checked={options.lead}
            onChange={(event) => {
              onChange({ ...options, lead: event.target.checked });
            }}
          />
          Lead image
        </label>
        <label>
          <input
            type="checkbox"
            checked={options.comments}
            onChange={(event) => {
              onChange({ ...options, comments: event.target.checked });
            }}
          />
          Comments
        </label>
      </fieldset>
    </div>
  );
}
