/**
 * The `@` operator's regular expressions use Lucene's syntax (what Elasticsearch's `regexp`
 * query understands with no optional flags): the pattern must match the whole value;
 * `. ? * + {n,m} | ( ) [ ] [^ ]` and `"literal strings"`, `\` escapes any character, and
 * `\d \D \s \S \w \W` name classes. Everything else, `^ $ ~ & < > # @` included, is literal.
 *
 * This module translates such a pattern into a JavaScript RegExp for the SQLite adapter, so
 * both adapters answer alike. Because JavaScript's engine backtracks, patterns whose
 * repetitions nest (`(a+)*`) or repeat alternatives (`(a|ab)*`), or that hold many unbounded
 * repetitions, are refused as too complex; Elasticsearch refuses complex patterns too.
 */

/** Why a pattern was refused. */
export class LuceneRegexpError extends Error {
  constructor(
    readonly reason: 'syntax' | 'too_complex',
    message: string,
  ) {
    super(message);
    this.name = 'LuceneRegexpError';
  }
}

const MAX_PATTERN_LENGTH = 1000;
const MAX_REPEAT_BOUND = 1000;
const MAX_UNBOUNDED_REPEATS = 5;

const NAMED_CLASSES: Readonly<Record<string, string>> = {
  d: '0-9',
  s: ' \\t\\n\\r\\f\\v',
  w: 'a-zA-Z0-9_',
};

interface Fragment {
  readonly source: string;
  /** Whether the fragment holds a repetition or an alternation (unsafe to repeat again). */
  readonly isAmbiguous: boolean;
}

/** Translates a Lucene pattern into an anchored JavaScript RegExp, or throws LuceneRegexpError. */
export function translateLuceneRegexp(pattern: string): RegExp {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new LuceneRegexpError('too_complex', `longer than ${MAX_PATTERN_LENGTH} characters`);
  }
  const parser = new PatternParser([...pattern]);
  const body = parser.parseUnion();
  if (!parser.atEnd()) parser.fail(`unexpected '${parser.peek()}'`);
  if (parser.unboundedRepeats > MAX_UNBOUNDED_REPEATS) {
    throw new LuceneRegexpError(
      'too_complex',
      `more than ${MAX_UNBOUNDED_REPEATS} unbounded repetitions`,
    );
  }
  return new RegExp(`^(?:${body.source})$`, 'su');
}

class PatternParser {
  private position = 0;
  unboundedRepeats = 0;

  constructor(private readonly chars: readonly string[]) {}

  atEnd(): boolean {
    return this.position >= this.chars.length;
  }

  peek(): string | undefined {
    return this.chars[this.position];
  }

  fail(message: string): never {
    throw new LuceneRegexpError('syntax', `${message} at position ${this.position}`);
  }

  private next(): string {
    const char = this.chars[this.position++];
    if (char === undefined) this.fail('unexpected end of pattern');
    return char;
  }

  private take(char: string): boolean {
    if (this.peek() !== char) return false;
    this.position++;
    return true;
  }

  parseUnion(): Fragment {
    const branches = [this.parseConcatenation()];
    while (this.take('|')) branches.push(this.parseConcatenation());
    if (branches.length === 1) return branches[0]!;
    return { source: branches.map((b) => b.source).join('|'), isAmbiguous: true };
  }

  private parseConcatenation(): Fragment {
    const parts: Fragment[] = [];
    while (!this.atEnd() && this.peek() !== '|' && this.peek() !== ')') {
      parts.push(this.parseRepeat());
    }
    return {
      source: parts.map((part) => part.source).join(''),
      isAmbiguous: parts.some((part) => part.isAmbiguous),
    };
  }

  private parseRepeat(): Fragment {
    let fragment = this.parseAtom();
    for (;;) {
      const quantifier = this.parseQuantifier();
      if (quantifier === undefined) return fragment;
      if (fragment.isAmbiguous) {
        throw new LuceneRegexpError(
          'too_complex',
          'a repeated group holds a repetition or alternatives',
        );
      }
      fragment = { source: `(?:${fragment.source})${quantifier}`, isAmbiguous: true };
    }
  }

  private parseQuantifier(): string | undefined {
    const char = this.peek();
    if (char === '?' || char === '*' || char === '+') {
      this.position++;
      if (char !== '?') this.unboundedRepeats++;
      return char;
    }
    if (char !== '{') return undefined;
    this.position++;
    const min = this.parseNumber();
    if (min === undefined) this.fail("expected a number after '{'");
    let quantifier = `{${min}`;
    if (this.take(',')) {
      const max = this.parseNumber();
      if (max === undefined) this.unboundedRepeats++;
      else if (max < min) this.fail('repetition bounds out of order');
      quantifier += `,${max ?? ''}`;
    }
    if (!this.take('}')) this.fail("expected '}'");
    return `${quantifier}}`;
  }

  private parseNumber(): number | undefined {
    let digits = '';
    while (/[0-9]/.test(this.peek() ?? '')) digits += this.next();
    if (digits === '') return undefined;
    const value = Number(digits);
    if (value > MAX_REPEAT_BOUND) {
      throw new LuceneRegexpError('too_complex', `repetition bound above ${MAX_REPEAT_BOUND}`);
    }
    return value;
  }

  private parseAtom(): Fragment {
    const char = this.next();
    switch (char) {
      case '.':
        return { source: '.', isAmbiguous: false };
      case '(': {
        const inner = this.parseUnion();
        if (!this.take(')')) this.fail("expected ')'");
        return { source: `(?:${inner.source})`, isAmbiguous: inner.isAmbiguous };
      }
      case '[':
        return { source: this.parseClass(), isAmbiguous: false };
      case '"': {
        let literal = '';
        while (this.peek() !== '"') literal += literalChar(this.next());
        this.position++;
        return { source: `(?:${literal})`, isAmbiguous: false };
      }
      case '\\':
        return { source: this.parseEscape(false), isAmbiguous: false };
      case '?':
      case '*':
      case '+':
      case '{':
        return this.fail(`nothing to repeat before '${char}'`);
      default:
        return { source: literalChar(char), isAmbiguous: false };
    }
  }

  private parseEscape(inClass: boolean): string {
    const escaped = this.next();
    const named = NAMED_CLASSES[escaped.toLowerCase()];
    if (named === undefined) return literalChar(escaped);
    const negated = escaped !== escaped.toLowerCase();
    if (inClass && negated) this.fail(`'\\${escaped}' cannot appear inside a class`);
    if (inClass) return named;
    return negated ? `[^${named}]` : `[${named}]`;
  }

  private parseClass(): string {
    const negated = this.take('^');
    let items = '';
    do {
      const start = this.classChar();
      if (this.peek() === '-' && this.chars[this.position + 1] !== ']') {
        this.position++;
        const end = this.classChar();
        if (start.codePoint === undefined || end.codePoint === undefined) {
          this.fail('a class range needs single characters');
        }
        if (end.codePoint < start.codePoint) this.fail('class range out of order');
        items += `${start.source}-${end.source}`;
      } else {
        items += start.source;
      }
    } while (this.peek() !== ']');
    this.position++;
    return `[${negated ? '^' : ''}${items}]`;
  }

  private classChar(): { source: string; codePoint?: number } {
    const char = this.next();
    if (char === '\\') {
      const escaped = this.peek();
      if (escaped !== undefined && NAMED_CLASSES[escaped.toLowerCase()] !== undefined) {
        return { source: this.parseEscape(true) };
      }
      const literal = this.next();
      return { source: literalChar(literal), codePoint: literal.codePointAt(0)! };
    }
    return { source: literalChar(char), codePoint: char.codePointAt(0)! };
  }
}

/** A character as a JavaScript pattern atom that matches only itself. */
function literalChar(char: string): string {
  if (/^[A-Za-z0-9]$/.test(char)) return char;
  return `\\u{${char.codePointAt(0)!.toString(16)}}`;
}
