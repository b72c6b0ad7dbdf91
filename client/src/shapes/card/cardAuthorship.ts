/**
 * Every card written here carries who wrote it and when, however it was made (a tool, a paste,
 * a script): a card created locally without an author gets this person's name and the time. On
 * an anonymous board ("anoniem schrijven") it gets the time only, and a pasted card loses the
 * author it had.
 */
import { TextLimit } from '@werkbord/shared';
import type { Editor } from 'tldraw';
import { anonymousCards } from './anonymousCards';
import { isCardShape, type CardShape } from './cardShapes';

export function registerCardAuthorship(
  editor: Editor,
  currentName: () => string | null,
): () => void {
  return editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) => {
    if (source !== 'user' || !isCardShape(shape)) return shape;
    const anonymous = anonymousCards.get();
    if (!anonymous && shape.props.author) return shape;
    const authored: CardShape = {
      ...shape,
      props: {
        ...shape.props,
        author: anonymous ? '' : (currentName() ?? '').slice(0, TextLimit.Author),
        createdAt: shape.props.createdAt || Date.now(),
      },
    } as CardShape;
    return authored;
  });
}
