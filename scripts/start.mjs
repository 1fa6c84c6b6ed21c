// `npm start`: install what is missing, build, and serve the app with the seed story.
import { spawn, spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { ensureNodeModules } from './ensure-deps.mjs';

const root = new URL('..', import.meta.url).pathname;
const port = process.env.PORT ?? '4173';

ensureNodeModules();
console.log('parallax: building…');
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn('npx', ['vite', 'preview', '--port', port, '--host', '127.0.0.1'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
server.stdout.on('data', (chunk) => {
  const text = String(chunk);
  const url = /https?:\/\/[^\s]+/.exec(stripVTControlCharacters(text));
  if (url) console.log(`parallax: serving the app at ${url[0]}  (Ctrl+C to stop)`);
});
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
