import base from './vite.config';
export default (env: any) => { const c: any = (base as any)(env); c.resolve = { alias: [{ find: /^\.\.\/engine\/index$/, replacement: '/tmp/stub/engineIndex.ts' }] }; c.root='/work/main'; return c; };
