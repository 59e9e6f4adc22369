export const SETTINGS_COOKIE: string;
export type PageSettings = [attribute: string, value: string][];
export function settingsFromCookie(cookieHeader: string | undefined): PageSettings;
export function withSettings(html: string, settings: PageSettings): string;
