// Replaced by the browser tests.
import test from 'node:test';
test('placeholder', () => {});
