// shared/ compiles without the DOM and Node type libraries, so that platform APIs cannot creep in.
// These few globals exist in every runtime that runs shared/ (Chromium, Node >= 20, Electron);
// they are declared here with just the members shared/ uses.
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly href: string;
}
