// SPDX-License-Identifier: GPL-3.0-or-later
//
// A real, private Bluesky network for the tests: PLC, PDS and AppView from
// @atproto/dev-env, on a private PostgreSQL cluster and Redis in a
// temporary folder, all on 127.0.0.1.
//
//   node tests/bluesky-network.js
//
// FRONTDESK_ATPROTO_DIR names the folder whose node_modules holds
// @atproto/dev-env (build-aux/install-deps.sh puts it in
// /opt/frontdesk-test/atproto). Once the network answers, one line of JSON
// goes to standard output: the services' URLs, the control URL below and
// the test accounts (handle, DID, password, and the shop's app password).
// SIGTERM (or the end of standard input) stops everything and removes the
// folder.
//
// The control server lets a test act as the shop's customers; each call
// waits until the AppView has indexed what it did:
//   POST /post     {"by", "text", "reply": {"root", "parent"}, "quote",
//                   "facets", "langs"}     -> {"uri", "cid"}
//   POST /delete   {"by", "uri"}
//   POST /app-password         {"by", "name", "privileged"?} -> {"password"}
//   POST /revoke-app-password  {"by", "name"}
//   POST /expired-token        {"by"}         -> {"accessJwt"}: signed by
//                   the PDS, with the app password's scope, expired
//   POST /process  waits for the AppView to index everything
// "by" is a short account name: "shop" (acme-store.test), "ana"
// (ana-perez.test) or "ben" (ben-lopez.test).
'use strict'

const childProcess = require('node:child_process')
const fs = require('node:fs')
const http = require('node:http')
const net = require('node:net')
const os = require('node:os')
const path = require('node:path')

const moduleDir = path.join(process.env.FRONTDESK_ATPROTO_DIR || '/opt/frontdesk-test/atproto', 'node_modules')
const log = (...args) => console.error('bluesky-network:', ...args)

function freePort () {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const port = server.address().port
      server.close(() => resolve(port))
    })
  })
}

// PostgreSQL refuses to run as root: as root, its files and processes
// belong to the postgres user the Debian package made.
function pgUser () {
  if (process.getuid() !== 0)
    return null
  const line = fs.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'))
  if (!line)
    throw new Error('running as root needs the postgres user of the postgresql package')
  const fields = line.split(':')
  return { uid: Number(fields[2]), gid: Number(fields[3]) }
}

function pgBin (name) {
  for (const dir of fs.existsSync('/usr/lib/postgresql') ? fs.readdirSync('/usr/lib/postgresql').sort().reverse() : []) {
    const file = path.join('/usr/lib/postgresql', dir, 'bin', name)
    if (fs.existsSync(file))
      return file
  }
  return name
}

function run (cmd, args, opts) {
  const result = childProcess.spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], ...opts })
  if (result.status !== 0)
    throw new Error(`${cmd} failed: ${result.stderr}`)
}

const state = { dir: null, pgData: null, pgOpts: null, redis: null, network: null, stopping: false }

async function startDatabases () {
  const user = pgUser()
  const ids = user ? { uid: user.uid, gid: user.gid } : {}

  state.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-bluesky-'))
  state.pgData = path.join(state.dir, 'pg')
  fs.mkdirSync(state.pgData, { mode: 0o700 })
  if (user) {
    fs.chownSync(state.dir, user.uid, user.gid)
    fs.chownSync(state.pgData, user.uid, user.gid)
  }

  const pgPort = await freePort()
  state.pgOpts = ids
  run(pgBin('initdb'), ['-D', state.pgData, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], ids)
  run(pgBin('pg_ctl'), ['-D', state.pgData, '-w', '-s', '-l', path.join(state.dir, 'pg.log'), '-o',
    `-p ${pgPort} -k ${state.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, 'start'], ids)

  const redisPort = await freePort()
  state.redis = childProcess.spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1',
    '--save', '', '--appendonly', 'no', '--dir', state.dir], { stdio: 'ignore', ...ids })
  for (let i = 0; ; i++) {
    const ok = await new Promise((resolve) => {
      const socket = net.connect(redisPort, '127.0.0.1', () => { socket.end(); resolve(true) })
      socket.on('error', () => resolve(false))
    })
    if (ok)
      break
    if (i > 100)
      throw new Error('redis-server did not start')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }

  process.env.DB_POSTGRES_URL = `postgresql://postgres@127.0.0.1:${pgPort}/postgres`
  process.env.REDIS_HOST = `127.0.0.1:${redisPort}`
}

// Every step is bounded and may fail without keeping the others from
// running: a network that does not close (seen once on a loaded machine)
// must not leave the test waiting, nor PostgreSQL running.
async function stop (code) {
  if (state.stopping)
    return
  state.stopping = true
  try {
    if (state.network) {
      await Promise.race([
        state.network.close(),
        new Promise((resolve) => setTimeout(() => { log('the network did not close in 10 s'); resolve() }, 10000)),
      ])
    }
  } catch (e) {
    log('closing the network:', e.message)
  }
  try {
    if (state.redis)
      state.redis.kill('SIGKILL')
    if (state.pgData && fs.existsSync(path.join(state.pgData, 'postmaster.pid')))
      childProcess.spawnSync(pgBin('pg_ctl'), ['-D', state.pgData, '-w', '-s', '-t', '20', '-m', 'immediate', 'stop'],
        { stdio: 'ignore', cwd: state.dir, timeout: 30000, ...state.pgOpts })
    if (state.dir)
      fs.rmSync(state.dir, { recursive: true, force: true, maxRetries: 5 })
  } catch (e) {
    log('stopping the databases:', e.message)
  }
  process.exit(code)
}

function readBody (req) {
  return new Promise((resolve, reject) => {
    let data = ''
    req.on('data', (chunk) => { data += chunk })
    req.on('end', () => { try { resolve(data ? JSON.parse(data) : {}) } catch (e) { reject(e) } })
  })
}

async function main () {
  const started = Date.now()
  await startDatabases()

  const { TestNetwork, SeedClient } = require(path.join(moduleDir, '@atproto/dev-env'))
  const { AtUri } = require(path.join(moduleDir, '@atproto/syntax'))
  const authHelpers = require(path.join(moduleDir, '@atproto/pds/dist/account-manager/helpers/auth'))
  const { AtpAgent } = require(path.join(moduleDir, '@atproto/api'))

  const network = state.network = await TestNetwork.create({
    dbPostgresSchema: 'frontdesk',
    plc: { port: await freePort() },
    pds: { port: await freePort() },
    bsky: { port: await freePort() },
  })
  const sc = network.getSeedClient()
  const accounts = {}
  // Short handles such as shop.test are reserved.
  const handles = { shop: 'acme-store.test', ana: 'ana-perez.test', ben: 'ben-lopez.test' }
  for (const name of Object.keys(handles)) {
    const password = `${name}-password`
    const account = await sc.createAccount(name, { email: `${name}@example.test`, handle: handles[name], password })
    accounts[name] = { handle: account.handle, did: account.did, password }
  }
  await network.processAll()

  const agentFor = async (name) => {
    const agent = new AtpAgent({ service: network.pds.url })
    await agent.login({ identifier: accounts[name].handle, password: accounts[name].password })
    return agent
  }
  // privileged: "Allow access to your direct messages".
  const appPassword = async (name, label, privileged = false) => {
    const agent = await agentFor(name)
    const res = await agent.com.atproto.server.createAppPassword({ name: label, privileged })
    return res.data.password
  }
  accounts.shop.appPassword = await appPassword('shop', 'frontdesk')

  const handlers = {
    '/post': async (body) => {
      const did = accounts[body.by].did
      const record = {
        $type: 'app.bsky.feed.post',
        text: body.text,
        createdAt: new Date().toISOString(),
      }
      if (body.facets)
        record.facets = body.facets
      if (body.langs)
        record.langs = body.langs
      if (body.reply)
        record.reply = body.reply
      if (body.quote)
        record.embed = { $type: 'app.bsky.embed.record', record: body.quote }
      const res = await sc.agent.com.atproto.repo.createRecord(
        { repo: did, collection: 'app.bsky.feed.post', record },
        { headers: sc.getHeaders(did), encoding: 'application/json' })
      await network.processAll()
      return { uri: res.data.uri, cid: res.data.cid }
    },
    '/delete': async (body) => {
      const uri = new AtUri(body.uri)
      await sc.agent.com.atproto.repo.deleteRecord(
        { repo: uri.host, collection: uri.collection, rkey: uri.rkey },
        { headers: sc.getHeaders(accounts[body.by].did), encoding: 'application/json' })
      await network.processAll()
      return {}
    },
    '/app-password': async (body) => ({ password: await appPassword(body.by, body.name, !!body.privileged) }),
    '/revoke-app-password': async (body) => {
      const agent = await agentFor(body.by)
      await agent.com.atproto.server.revokeAppPassword({ name: body.name })
      return {}
    },
    '/expired-token': async (body) => {
      const ctx = network.pds.ctx
      const accessJwt = await authHelpers.createAccessToken({
        did: accounts[body.by].did,
        jwtKey: ctx.accountManager.jwtKey,
        serviceDid: ctx.cfg.service.did,
        scope: 'com.atproto.appPass',
        expiresIn: Math.floor(Date.now() / 1000) - 60,
      })
      return { accessJwt }
    },
    '/process': async () => { await network.processAll(); return {} },
  }

  const control = http.createServer(async (req, res) => {
    const handler = handlers[req.url]
    if (!handler || req.method !== 'POST') {
      res.writeHead(404).end('{}')
      return
    }
    try {
      const answer = await handler(await readBody(req))
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer))
    } catch (e) {
      log(req.url, e.stack || e.message)
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(e.message) }))
    }
  })
  const controlPort = await freePort()
  await new Promise((resolve) => control.listen(controlPort, '127.0.0.1', resolve))

  process.stdout.write(JSON.stringify({
    plc: network.plc.url,
    pds: network.pds.url,
    appview: network.bsky.url,
    control: `http://127.0.0.1:${controlPort}`,
    accounts,
    startMs: Date.now() - started,
  }) + '\n')
}

process.on('SIGTERM', () => stop(0))
process.on('SIGINT', () => stop(0))
// The test that started us went away without a word.
process.stdin.on('end', () => stop(0))
process.stdin.resume()

main().catch((e) => {
  log(e.stack || e.message)
  stop(1)
})
