import { writeIateLikeTbx } from './support/iate-like-tbx.js'
const [path, mb] = process.argv.slice(2)
console.log(await writeIateLikeTbx(path!, Number(mb) * 1024 * 1024))
