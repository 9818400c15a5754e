import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';

export const styles = [
  baseStyles,
  css`
    ul {
      padding-left: 1.2rem;
    }
  `,
];
