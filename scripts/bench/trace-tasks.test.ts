import { describe, expect, it } from 'vitest';
import { tracedLongTasks, type TraceEvent } from './trace-tasks';

const PID = 7;
const MAIN = 1;
const WORKER = 2;
const ms = 1000; // trace timestamps are in µs

/** A complete event on a thread, at and for whole milliseconds. */
const x = (name: string, at: number, dur: number, tid = MAIN, data?: object): TraceEvent => ({
  name,
  ph: 'X',
  ts: at * ms,
  dur: dur * ms,
  pid: PID,
  tid,
  ...(data ? { args: { data } } : {}),
});
const mark = (name: string, at: number, tid = MAIN): TraceEvent => ({
  name,
  cat: 'blink.user_timing',
  ph: 'I',
  ts: at * ms,
  pid: PID,
  tid,
});
const thread = (tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid: PID,
  tid,
  args: { name },
});

const events: TraceEvent[] = [
  thread(MAIN, 'CrRendererMain'),
  thread(WORKER, 'DedicatedWorker thread'),
  mark('start', 1000),
  // Before the window: not reported.
  x('RunTask', 500, 200),
  // A script task: a timer whose callback runs 150 ms of script with a 30 ms GC inside.
  x('RunTask', 1100, 200),
  x('TimerFire', 1101, 198),
  x('FunctionCall', 1102, 196, MAIN, { functionName: 'notify', url: 'http://h/assets/index-A.js' }),
  x('MinorGC', 1200, 30),
  // A rendering task: style and layout, with an animation-frame callback first.
  x('RunTask', 1400, 300),
  x('FireAnimationFrame', 1401, 5),
  x('UpdateLayoutTree', 1410, 100),
  x('Layout', 1510, 180),
  // Short: not a long task.
  x('RunTask', 1750, 40),
  mark('highlighted', 1800),
  // After the mark, inside the after window.
  x('RunTask', 2000, 120),
  x('FunctionCall', 2001, 118, MAIN, { functionName: '' }),
  // After the after window: not reported.
  x('RunTask', 4000, 500),
  // The worker's long work is not the main thread's.
  x('RunTask', 1100, 900, WORKER),
];

describe('tracedLongTasks', () => {
  const tasks = tracedLongTasks(events, 'start', 'highlighted', { afterMs: 1000 });

  it('finds the main thread’s long tasks from the start mark to the end of the after window', () => {
    expect(tasks.map((t) => [t.start, t.duration, t.afterHighlight])).toEqual([
      [100, 200, false],
      [400, 300, false],
      [1000, 120, true],
    ]);
  });

  it('splits a task’s time by kind of self time, and names what started it', () => {
    const [script, rendering, after] = tasks;
    expect(script?.trigger).toBe('timer (setTimeout)');
    // The task's and the timer's own 2 ms each are 'other' and 'script'.
    expect(script?.parts).toEqual([
      { kind: 'script', ms: 168 },
      { kind: 'GC', ms: 30 },
      { kind: 'other', ms: 2 },
    ]);
    expect(rendering?.trigger).toBe('rendering');
    expect(rendering?.parts).toEqual([
      { kind: 'layout', ms: 180 },
      { kind: 'style', ms: 100 },
      { kind: 'other', ms: 15 },
      { kind: 'script', ms: 5 },
    ]);
    expect(after?.trigger).toBe('callback (anonymous)');
  });

  it('gives nothing when the marks are not in the trace', () => {
    expect(tracedLongTasks(events, 'missing', 'highlighted')).toEqual([]);
    expect(tracedLongTasks(events, 'start', 'missing')).toEqual([]);
  });
});
