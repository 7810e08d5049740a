import { useId } from 'react';
import type { CommentSort } from '../model/comment.ts';

interface SortControlProps {
  value: CommentSort;
  onChange: (sort: CommentSort) => void;
}

export function SortControl({ value, onChange }: SortControlProps) {
  const id = useId();
  return (
    <div className="comments-sort">
      <label htmlFor={id}>Sort</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value === 'oldest' ? 'oldest' : 'newest');
        }}
      >
        <option value="newest">Newest first</option>
        <option value="oldest">Oldest first</option>
      </select>
    </div>
  );
}
