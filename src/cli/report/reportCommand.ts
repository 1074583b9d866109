export async function reportCommand(_a: string[], _b: string): Promise<number> { return 0; }
