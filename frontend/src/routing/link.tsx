/** An anchor that navigates inside the SPA on a plain click and behaves natively otherwise. */
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './navigation';

/** Props of Link: those of `<a>`, with `href` required. */
export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  readonly href: string;
}

function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return (
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey &&
    !event.defaultPrevented
  );
}

/** A link to a page of the SPA. */
export function Link({ href, onClick, ...props }: LinkProps) {
  return (
    <a
      href={href}
      onClick={(event) => {
        onClick?.(event);
        if (!isPlainLeftClick(event) || props.target) return;
        event.preventDefault();
        navigate(href);
      }}
      {...props}
    />
  );
}
