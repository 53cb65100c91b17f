// Copies text to the clipboard with whatever the computer has: the platform's own tool
// (pbcopy, clip.exe or PowerShell, wl-copy, xclip, xsel), else the terminal itself via the
// OSC 52 escape sequence. A missing clipboard is never an error: the caller is told what
// happened and prints the text instead.
import { findExecutable, runProgram, type ProcessOptions } from './programs.js';

export type CopyResult =
  | { ok: true; method: string; /** 'tool': a clipboard program took it; 'terminal': sent as OSC 52, unconfirmed */ via: 'tool' | 'terminal' }
  | { ok: false; tried: string[] };

export interface ClipboardOptions extends ProcessOptions {
  /** A terminal to send OSC 52 to when no tool works (only used if it is a TTY). */
  terminal?: NodeJS.WriteStream;
}

interface Tool {
  name: string;
  command: string;
  args: string[];
  encode?: (text: string) => Buffer;
}

/** Terminals cap what OSC 52 may carry; some at about 100,000 bytes of base64. */
export const OSC52_MAX_BASE64 = 100_000;

function clipboardTools(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): Tool[] {
  // clip.exe reads the console code page unless the text starts with a UTF-16LE byte order mark.
  const clip: Tool = { name: 'clip.exe', command: 'clip.exe', args: [], encode: (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) };
  if (platform === 'darwin') return [{ name: 'pbcopy', command: 'pbcopy', args: [] }];
  if (platform === 'win32') {
    return [
      clip,
      {
        name: 'PowerShell',
        command: 'powershell.exe',
        args: ['-NoProfile', '-NonInteractive', '-Command', '[Console]::InputEncoding = [Text.UTF8Encoding]::new($false); Set-Clipboard -Value ([Console]::In.ReadToEnd())'],
      },
    ];
  }
  const wayland: Tool = { name: 'wl-copy', command: 'wl-copy', args: [] };
  const x11: Tool[] = [
    { name: 'xclip', command: 'xclip', args: ['-selection', 'clipboard'] },
    { name: 'xsel', command: 'xsel', args: ['--clipboard', '--input'] },
  ];
  const tools = env.WAYLAND_DISPLAY ? [wayland, ...x11] : [...x11, wayland];
  // Windows Subsystem for Linux: the Windows clipboard, through the Windows tool.
  return [...tools, clip];
}

/**
 * Runs a clipboard tool with `input` on its standard input and waits for it to exit. Its
 * output is ignored: tools such as xclip stay in the background holding the selection, and
 * would otherwise keep a pipe open for ever.
 */
function runWithInput(command: string, args: string[], input: Buffer, options: ProcessOptions): Promise<boolean> {
  return runProgram(command, args, { stdio: ['pipe', 'ignore', 'ignore'] }, { ...options, input });
}

/** The OSC 52 sequence that asks the terminal to put `text` on the clipboard (wrapped for tmux). */
export function osc52(text: string, env: NodeJS.ProcessEnv = process.env): string {
  const payload = Buffer.from(text, 'utf8').toString('base64');
  const sequence = `\x1b]52;c;${payload}\x07`;
  if (env.TMUX) return `\x1bPtmux;${sequence.replace(/\x1b/g, '\x1b\x1b')}\x1b\\`;
  return sequence;
}

export async function copyToClipboard(text: string, options: ClipboardOptions = {}): Promise<CopyResult> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const tried: string[] = [];
  for (const tool of clipboardTools(platform, env)) {
    const path = await findExecutable(tool.command, { env, platform });
    if (!path) continue;
    tried.push(tool.name);
    const input = tool.encode ? tool.encode(text) : Buffer.from(text, 'utf8');
    if (await runWithInput(path, tool.args, input, options)) return { ok: true, method: tool.name, via: 'tool' };
  }
  const terminal = options.terminal;
  if (terminal?.isTTY && env.TERM !== 'dumb') {
    const sequence = osc52(text, env);
    if (sequence.length <= OSC52_MAX_BASE64) {
      terminal.write(sequence);
      return { ok: true, method: 'OSC 52', via: 'terminal' };
    }
  }
  return { ok: false, tried };
}

/**
 * One line for the person at the terminal: what was copied and how. When nothing could be
 * copied, `printing` says whether the caller now prints the text instead.
 */
export function describeCopy(result: CopyResult, options: { what?: string; printing?: boolean } = {}): string {
  const what = options.what ?? 'the letter';
  if (!result.ok) {
    const tried = result.tried.length > 0 ? ` (${result.tried.join(', ')} did not work)` : '';
    return `I could not reach a clipboard here${tried}${options.printing === false ? '.' : `, so here is ${what} to copy by hand.`}`;
  }
  if (result.via === 'terminal') {
    return `Sent ${what} to the clipboard through your terminal (OSC 52). If pasting gives nothing, your terminal does not allow this: save it to a file instead.`;
  }
  return `Copied ${what} to the clipboard (with ${result.method}).`;
}
