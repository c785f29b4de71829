/**
 * Runs `startTestStack()` in a plain Node process for the web tests (see `test-stack.ts` for why) and prints
 * one JSON line with its URL and keys. It stops when its stdin closes, i.e. when the test worker goes away.
 */
import { startTestStack } from '../../../supabase/local/testing/stack';

const stack = await startTestStack();
process.stdout.write(
  `${JSON.stringify({ url: stack.url, anonKey: stack.keys.anonKey, serviceRoleKey: stack.keys.serviceRoleKey })}\n`,
);
process.stdin.resume();
process.stdin.on('end', () => {
  void stack.close().then(() => process.exit(0));
});
