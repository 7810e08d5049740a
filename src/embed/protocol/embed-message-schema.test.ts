import { describe, expect, it } from 'vitest';
import { isResizeMessage } from '../host/is-resize-message.ts';
import { parseResizeMessage, parseSetThemeMessage } from './embed-message-schema.ts';
import {
  describeMessage,
  invalidResizeMessages,
  invalidSetThemeMessages,
  validResizeMessages,
  validSetThemeMessages,
} from './message-fixtures.ts';

describe('resize messages: the valibot schema and the host script agree', () => {
  it.each(validResizeMessages.map((message) => [describeMessage(message), message]))(
    'both accept %s',
    (_, message) => {
      expect(parseResizeMessage(message)).toBeDefined();
      expect(isResizeMessage(message)).toBe(true);
    },
  );

  it.each(invalidResizeMessages.map((message) => [describeMessage(message), message]))(
    'both refuse %s',
    (_, message) => {
      expect(parseResizeMessage(message)).toBeUndefined();
      expect(isResizeMessage(message)).toBe(false);
    },
  );

  it('keeps only the protocol fields of an accepted message', () => {
    expect(parseResizeMessage({ type: 'broadsheet:resize', id: 'a', height: 1, extra: 1 })).toEqual(
      { type: 'broadsheet:resize', id: 'a', height: 1 },
    );
  });
});

describe('set-theme messages', () => {
  it.each(validSetThemeMessages.map((message) => [describeMessage(message), message]))(
    'accepts %s',
    (_, message) => {
      expect(parseSetThemeMessage(message)).toEqual(message);
    },
  );

  it.each(invalidSetThemeMessages.map((message) => [describeMessage(message), message]))(
    'refuses %s',
    (_, message) => {
      expect(parseSetThemeMessage(message)).toBeUndefined();
    },
  );
});
