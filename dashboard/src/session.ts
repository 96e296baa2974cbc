// The token lives in sessionStorage: one sign-in per browser tab, gone when the tab closes.
const KEY = 'dialgraph.token';

export const readToken = (): string | null => sessionStorage.getItem(KEY);
export const saveToken = (token: string): void => sessionStorage.setItem(KEY, token);
export const forgetToken = (): void => sessionStorage.removeItem(KEY);
