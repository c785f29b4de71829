import {
  IconFile,
  IconFileTypeDocx,
  IconFileTypePdf,
  IconFileTypePpt,
  IconFileTypeXls,
  IconPhoto,
  type Icon,
} from '@tabler/icons-react';

export type FileKind = 'pdf' | 'image' | 'word' | 'excel' | 'powerpoint' | 'other';

/** The kind of file a MIME type is, for its icon and its spoken name. */
export function fileKind(mimeType: string): FileKind {
  if (mimeType === 'application/pdf') return 'pdf';
  if (mimeType.startsWith('image/')) return 'image';
  if (mimeType.includes('word')) return 'word';
  if (mimeType.includes('excel') || mimeType.includes('spreadsheet')) return 'excel';
  if (mimeType.includes('powerpoint') || mimeType.includes('presentation')) return 'powerpoint';
  return 'other';
}

export const FILE_KIND_LOOK: Record<FileKind, { icon: Icon; color: string }> = {
  pdf: { icon: IconFileTypePdf, color: 'red' },
  image: { icon: IconPhoto, color: 'teal' },
  word: { icon: IconFileTypeDocx, color: 'blue' },
  excel: { icon: IconFileTypeXls, color: 'green' },
  powerpoint: { icon: IconFileTypePpt, color: 'orange' },
  other: { icon: IconFile, color: 'gray' },
};
