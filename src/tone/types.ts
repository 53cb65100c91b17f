export type Severity = 'error' | 'warning';

export type KindnessRule = 'profanity' | 'insult' | 'accusation' | 'threat' | 'shouting' | 'exclamation' | 'sarcasm' | 'wish-harm';
export type FirmnessRule = 'no-request' | 'no-amount' | 'no-deadline' | 'no-reference' | 'hedging';
export type RuleId = KindnessRule | FirmnessRule;

export interface Finding {
  /** Stable id, e.g. 'profanity', 'insult', 'no-deadline'. */
  rule: string;
  /** Kindness findings are errors, firmness findings are warnings. */
  severity: Severity;
  /** 1-based. */
  line: number;
  /** 1-based, counted in characters (code points). */
  column: number;
  /** The words found, exactly as in the input ('' for something missing). */
  text: string;
  /** A plain-English explanation that says what to do. */
  message: string;
  /** For kindness findings: a calmer way to say it. */
  suggestion?: string;
}

/** A finding before its position is turned into line and column. */
export interface RawFinding {
  rule: RuleId;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  suggestion?: string;
}
