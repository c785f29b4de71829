import { afterAll, beforeAll, describe } from 'vitest';
import { startTestStack, type TestStack } from '../local/testing/stack';
import { defineWorkflowSuite } from './helpers/workflow-suite';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

describe('measure workflow', () => {
  defineWorkflowSuite(() => stack);
});
