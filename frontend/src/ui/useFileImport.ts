import { useState, type FormEvent } from 'react';

/**
 * A one-file import form's state: the chosen file, whether it is being sent, the server's refusal and its result.
 * `submit` sends the file with `send` and calls `onImported` when `changed` says the result changed something.
 */
export function useFileImport<R>(send: (file: File) => Promise<R>, changed: (result: R) => boolean, onImported: () => void) {
  const [file, setFile] = useState<File | null>(null);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [result, setResult] = useState<R | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setSending(true);
    setFailure(null);
    setResult(null);
    try {
      const done = await send(file);
      setResult(done);
      if (changed(done)) onImported();
    } catch (error) {
      setFailure(error);
    } finally {
      setSending(false);
    }
  };
  return { file, setFile, sending, failure, result, submit };
}
