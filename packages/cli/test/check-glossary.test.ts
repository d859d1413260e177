import { describe, expect, it } from 'vitest'
import { defaultDatabasePath } from '@renderings/glossary-store'
import { glossaryFile } from '../src/actions/check-glossary.js'

describe('glossaryFile', () => {
  it('should name the built database as the glossary store does, without loading it', async () => {
    const saved = process.env['RENDERINGS_DB']
    delete process.env['RENDERINGS_DB']
    try {
      expect(await glossaryFile(undefined)).toBe(defaultDatabasePath())
    } finally {
      if (saved !== undefined) process.env['RENDERINGS_DB'] = saved
    }
  })

  it('should prefer the path given, then $RENDERINGS_DB', async () => {
    const saved = process.env['RENDERINGS_DB']
    process.env['RENDERINGS_DB'] = '/data/env.sqlite'
    try {
      expect(await glossaryFile('/data/given.sqlite')).toBe('/data/given.sqlite')
      expect(await glossaryFile(undefined)).toBe('/data/env.sqlite')
    } finally {
      if (saved === undefined) delete process.env['RENDERINGS_DB']
      else process.env['RENDERINGS_DB'] = saved
    }
  })
})
