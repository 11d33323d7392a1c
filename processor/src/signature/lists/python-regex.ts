/**
 * Signature lists are written in Python's regular-expression syntax (the reference compiles
 * them with Python's `re`), so existing Socorro lists must work unchanged. This module rewrites
 * a Python pattern into an equivalent JavaScript pattern for the `u` flag: Python-only syntax
 * (`(?P<name>…)`, `\Z`, `{,n}`, literal `{`/`]`, `\<`-style escapes) is translated, and classes
 * keep Python's meaning (`\d`, `\w`, `\s` are Unicode-aware; `.` stops only at `\n`; `$` also
 * matches before a final newline). Constructs JavaScript cannot express raise an error.
 */

/** A pattern the translator refuses, with the offset in the Python pattern. */
export class PythonRegexSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position}`);
    this.name = 'PythonRegexSyntaxError';
  }
}

const PY_DIGIT = '\\p{Nd}';
const PY_WORD_CHARS = '\\p{L}\\p{N}_';
const PY_SPACE_CHARS =
  '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const JS_SYNTAX_CHARS = new Set('^$\\.*+?()[]{}|/');
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  n: '\\n',
  t: '\\t',
  r: '\\r',
  f: '\\f',
  v: '\\v',
  a: '\\x07',
};

/** What a shorthand class (`\d`, `\W`…) means: chars to put inside a class, and whether negated. */
const SHORTHAND_CLASSES: Readonly<Record<string, { chars: string; negated: boolean }>> = {
  d: { chars: PY_DIGIT, negated: false },
  D: { chars: PY_DIGIT, negated: true },
  w: { chars: PY_WORD_CHARS, negated: false },
  W: { chars: PY_WORD_CHARS, negated: true },
  s: { chars: PY_SPACE_CHARS, negated: false },
  S: { chars: PY_SPACE_CHARS, negated: true },
};

/** Rewrites the Python pattern `source` as a JavaScript pattern for `new RegExp(…, 'u')`. */
export function translatePythonRegex(source: string): string {
  return new Translator(Array.from(source)).translate();
}

class Translator {
  private position = 0;
  private out = '';

  constructor(private readonly chars: readonly string[]) {}

  translate(): string {
    while (this.position < this.chars.length) {
      const char = this.chars[this.position]!;
      if (char === '\\') this.translateEscape();
      else if (char === '[') this.translateClass();
      else if (char === '(') this.translateGroupOpening();
      else if (char === '{') this.translateBrace();
      else if (char === '.') this.emit('[^\\n]', 1);
      else if (char === '$') this.emit('(?=\\n?$)', 1);
      else if (char === '}' || char === ']') this.emit(`\\${char}`, 1);
      else if ('*+?'.includes(char)) this.translateQuantifierSymbol(char);
      else this.emit(char, 1);
    }
    return this.out;
  }

  private emit(text: string, consumed: number): void {
    this.out += text;
    this.position += consumed;
  }

  private fail(message: string): never {
    throw new PythonRegexSyntaxError(message, this.position);
  }

  private translateQuantifierSymbol(char: string): void {
    this.emit(char, 1);
    if (this.chars[this.position] === '+') this.fail('possessive quantifiers are not supported');
    if (this.chars[this.position] === '?') this.emit('?', 1);
  }

  /** `{m,n}` is a quantifier in Python only in that exact shape; otherwise `{` is literal. */
  private translateBrace(): void {
    const rest = this.chars.slice(this.position, this.position + 40).join('');
    const quantifier = /^\{(\d*)(?:(,)(\d*))?\}/.exec(rest);
    if (!quantifier || (quantifier[1] === '' && quantifier[2] === undefined)) {
      this.emit('\\{', 1);
      return;
    }
    const [whole, low, comma, high] = quantifier;
    const min = low === '' ? '0' : low;
    this.emit(comma === undefined ? `{${min}}` : `{${min},${high}}`, Array.from(whole).length);
    if (this.chars[this.position] === '+') this.fail('possessive quantifiers are not supported');
    if (this.chars[this.position] === '?') this.emit('?', 1);
  }

  private translateGroupOpening(): void {
    const next = this.chars.slice(this.position + 1, this.position + 4).join('');
    if (!next.startsWith('?')) {
      this.emit('(', 1);
      return;
    }
    if (next.startsWith('?:') || next.startsWith('?=') || next.startsWith('?!')) {
      this.emit(`(${next.slice(0, 2)}`, 3);
    } else if (next.startsWith('?<=') || next.startsWith('?<!')) {
      this.emit(`(${next}`, 4);
    } else if (next.startsWith('?P<') || next.startsWith('?<')) {
      this.emit('(?<', next.startsWith('?P<') ? 4 : 3);
    } else if (next.startsWith('?P=')) {
      const close = this.chars.indexOf(')', this.position);
      if (close < 0) this.fail('missing ), unterminated name');
      const name = this.chars.slice(this.position + 4, close).join('');
      this.emit(`\\k<${name}>`, close + 1 - this.position);
    } else if (next.startsWith('?#')) {
      const close = this.chars.indexOf(')', this.position);
      if (close < 0) this.fail('missing ), unterminated comment');
      this.position = close + 1;
    } else if (next.startsWith('?(')) {
      this.fail('conditional groups are not supported');
    } else if (next.startsWith('?>')) {
      this.fail('atomic groups are not supported');
    } else {
      this.fail('inline flags are not supported');
    }
  }

  private translateEscape(): void {
    const char = this.chars[this.position + 1];
    if (char === undefined) this.fail('bad escape (end of pattern)');
    const shorthand = SHORTHAND_CLASSES[char];
    if (shorthand) {
      this.emit(`[${shorthand.negated ? '^' : ''}${shorthand.chars}]`, 2);
      return;
    }
    if (char === 'A') this.emit('^', 2);
    else if (char === 'Z') this.emit('$', 2);
    else if (char === 'b' || char === 'B') this.emit(`\\${char}`, 2);
    else if (/[1-9]/.test(char) && !this.isOctalEscape()) this.translateBackreference();
    else this.out += this.translateCharacterEscape(false);
  }

  private isOctalEscape(): boolean {
    const digits = this.chars.slice(this.position + 1, this.position + 4).join('');
    return /^[0-7]{3}$/.test(digits);
  }

  private translateBackreference(): void {
    const digits = /^\d{1,2}/.exec(
      this.chars.slice(this.position + 1, this.position + 3).join(''),
    )!;
    this.emit(`\\${digits[0]}`, 1 + digits[0].length);
  }

  /** An escape that stands for one character; returns it written for JavaScript. */
  private translateCharacterEscape(inClass: boolean): string {
    const char = this.chars[this.position + 1]!;
    this.position += 2;
    if (SIMPLE_ESCAPES[char]) return SIMPLE_ESCAPES[char];
    if (char === '0' || /[1-7]/.test(char)) return this.readOctal(char);
    if (char === 'x') return this.readHexEscape(2);
    if (char === 'u') return this.readHexEscape(4);
    if (char === 'U') return this.readHexEscape(8);
    if (/[A-Za-z0-9]/.test(char)) {
      this.position -= 2;
      this.fail(`bad escape \\${char}`);
    }
    return literal(char, inClass);
  }

  private readOctal(first: string): string {
    let digits = first;
    while (digits.length < 3 && /[0-7]/.test(this.chars[this.position] ?? '')) {
      digits += this.chars[this.position];
      this.position++;
    }
    return codePointEscape(parseInt(digits, 8));
  }

  private readHexEscape(length: number): string {
    const digits = this.chars.slice(this.position, this.position + length).join('');
    if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(digits)) {
      this.fail(`incomplete escape \\${this.chars[this.position - 1]}`);
    }
    this.position += length;
    return codePointEscape(parseInt(digits, 16));
  }

  /** A character class; Python allows `]` first, literal `[` and shorthands that JS can't nest. */
  private translateClass(): void {
    this.position++;
    let negated = false;
    if (this.chars[this.position] === '^') {
      negated = true;
      this.position++;
    }
    let members = '';
    const negatedShorthands: string[] = [];
    let first = true;
    for (;;) {
      const char = this.chars[this.position];
      if (char === undefined) this.fail('unterminated character set');
      if (char === ']' && !first) break;
      first = false;
      if (char === '\\') {
        const shorthand = SHORTHAND_CLASSES[this.chars[this.position + 1] ?? ''];
        if (shorthand) {
          if (shorthand.negated) negatedShorthands.push(`[^${shorthand.chars}]`);
          else members += shorthand.chars;
          this.position += 2;
        } else if (this.chars[this.position + 1] === 'b') {
          members += '\\x08';
          this.position += 2;
        } else members += this.translateCharacterEscape(true);
      } else if (char === '-') {
        members += '-';
        this.position++;
      } else {
        members += literal(char, true);
        this.position++;
      }
    }
    this.position++;
    this.out += classSource(members, negated, negatedShorthands);
  }
}

/** A class whose members may include negated shorthands (`[\W\d]`), which need an alternation. */
function classSource(members: string, negated: boolean, negatedShorthands: string[]): string {
  if (negatedShorthands.length === 0) return `[${negated ? '^' : ''}${members}]`;
  const alternatives = [...(members === '' ? [] : [`[${members}]`]), ...negatedShorthands];
  const union = `(?:${alternatives.join('|')})`;
  return negated ? `(?!${union})[\\s\\S]` : union;
}

/** One literal character written for a `u` pattern, inside a class or outside one. */
function literal(char: string, inClass: boolean): string {
  if (inClass) return '[]\\^-'.includes(char) ? `\\${char}` : char;
  return JS_SYNTAX_CHARS.has(char) ? `\\${char}` : char;
}

function codePointEscape(codePoint: number): string {
  return `\\u{${codePoint.toString(16)}}`;
}
