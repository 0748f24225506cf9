/** A sentence for a failure to listen that tells the user what to do, or `undefined` for other errors. */
export function describeListenError(error: unknown, host: string, port: number): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "EADDRINUSE":
      return `Port ${port} on ${host} is already in use (is Pieces OS or another mock running?). Stop what uses it, or pick another port with --port, e.g. --port 1001.`;
    case "EACCES":
      return `Port ${port} on ${host} needs elevated privileges here (ports below 1024 usually do). Use a port of 1024 or more, e.g. --port 10000, and point the client at it (PIECES_OS_URL=http://${host}:10000).`;
    case "EADDRNOTAVAIL":
      return `The address ${host} is not an interface of this machine. Use --host 127.0.0.1, or an address this machine has.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `The host name ${host} cannot be resolved. Use --host 127.0.0.1, or an address this machine has.`;
    default:
      return undefined;
  }
}
