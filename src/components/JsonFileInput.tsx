import { useId } from 'react';

interface JsonFileInputProps {
  label: string;
  onFile: (file: File) => void;
}

/** A labelled picker for one JSON file; picking the same file again fires again. */
export function JsonFileInput({ label, onFile }: JsonFileInputProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="file-label">
        {label}
      </label>{' '}
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
