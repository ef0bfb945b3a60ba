import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';

const ROOT_ELEMENT = '<div id="root"></div>';

/**
 * Renders the page's frame (src/prerender/shell.tsx) into index.html when building, so the
 * header paints with the HTML: first and largest contentful paint no longer wait for the
 * JavaScript. The shell is loaded through a short-lived Vite server in SSR mode, which
 * compiles the same TSX the app uses.
 */
export function prerenderShell(root: string): Plugin {
  return {
    name: 'oppositions-prerender-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT} to fill`);
        const server = await createServer({
          root,
          configFile: false,
          logLevel: 'silent',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          plugins: [react()],
        });
        try {
          const shell = (await server.ssrLoadModule('/src/prerender/shell.tsx')) as {
            renderShell: () => string;
          };
          return html.replace(ROOT_ELEMENT, `<div id="root">${shell.renderShell()}</div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
