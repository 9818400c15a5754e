import { baseStyles } from '../internal/styles.js';

export const styles = [baseStyles];
