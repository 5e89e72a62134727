import {defineProject, mergeConfig} from 'vitest/config'
import {baseTestConfig} from '../../vitest.base.ts'

// Many tests run real clients (feedparser, jing, Chromium) in child processes;
// on a busy shared machine they need more than the default 5 s.
export default mergeConfig(baseTestConfig, defineProject({test: {testTimeout: 60_000, hookTimeout: 60_000}}))
