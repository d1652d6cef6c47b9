/** The shortest password accepted; its own module so a browser-side check can use it without the auth library. */
export const MIN_PASSWORD_LENGTH = 10;
