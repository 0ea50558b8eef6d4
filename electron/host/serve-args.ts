/**
 * The command line of `npm run serve -- [--data DIR] [--port N]`, read without effects so every
 * wrong usage is tested as a table.
 */
export type ServeCommand =
  | { kind: 'help' }
  | { kind: 'serve'; dataDir: string | undefined; port: number | undefined }
  | { kind: 'usage-error'; message: string };

export const SERVE_USAGE = `Usage: npm run serve -- [--data DIR] [--port N]

Serves the app on http://127.0.0.1 and prints the address to open in a browser.

  --data DIR   the portfolio's data folder (default: $CTO_PORTFOLIO_DATA, else the desktop app's)
  --port N     the port to listen on (default: a free one)
  --help       show this help`;

const HINT = 'run `npm run serve -- --help` for the options';

export function parseServeArgs(argv: readonly string[]): ServeCommand {
  let dataDir: string | undefined;
  let port: number | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inlineValue] = splitInline(argv[i] ?? '');
    if (flag === '--help' || flag === '-h') return { kind: 'help' };
    if (flag !== '--data' && flag !== '--port') {
      return { kind: 'usage-error', message: `Unknown option ${flag}: ${HINT}.` };
    }
    const value = inlineValue ?? argv[(i += 1)];
    if (
      value === undefined ||
      value === '' ||
      (inlineValue === undefined && value.startsWith('--'))
    ) {
      return { kind: 'usage-error', message: `${flag} needs a value: ${HINT}.` };
    }
    if (flag === '--data') {
      dataDir = value;
    } else {
      port = parsePort(value);
      if (port === undefined) {
        return {
          kind: 'usage-error',
          message: `--port must be a whole number from 1 to 65535, not "${value}".`,
        };
      }
    }
  }
  return { kind: 'serve', dataDir, port };
}

/** `--port=8080` as well as `--port 8080`. */
function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

function parsePort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : undefined;
}
