// "~/letters" typed in quotes, or set in a variable: the shell leaves the "~" as it is, and a
// folder named "~" would be made in the current one. The user means their home folder, as the
// shell would have read it, so that is what redress reads too.

/** `path` with a leading "~" (alone, or before "/") read as the home folder; any other path as it is. */
export function expandHome(path: string): string {
  if (path !== '~' && !path.startsWith('~/') && !(process.platform === 'win32' && path.startsWith('~\\'))) return path;
  const home = process.env.HOME || process.getBuiltinModule('node:os').homedir();
  return home.replace(/[\\/]+$/, '') + path.slice(1);
}
