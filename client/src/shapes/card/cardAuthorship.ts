/**
 * Every card written here carries who wrote it and when, however it was made (a tool, a paste,
 * a script): a card created locally without an author gets this person's name and the time.
 */
import { TextLimit } from '@werkbord/shared';
import type { Editor } from 'tldraw';
import { isCardShape, type CardShape } from './cardShapes';

export function registerCardAuthorship(
  editor: Editor,
  currentName: () => string | null,
): () => void {
  return editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) => {
    if (source !== 'user' || !isCardShape(shape) || shape.props.author) return shape;
    const authored: CardShape = {
      ...shape,
      props: {
        ...shape.props,
        author: (currentName() ?? '').slice(0, TextLimit.Author),
        createdAt: shape.props.createdAt || Date.now(),
      },
    } as CardShape;
    return authored;
  });
}
