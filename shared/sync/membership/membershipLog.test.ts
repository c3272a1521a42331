import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogBuilder, logDevice, type LogDevice } from '../../../tests/helpers/logBuilder.js';
import { toBase64Url } from '../../protocol/ids.js';
import { epochCommitment } from '../keys/epochCommitment.js';
import { devicePublic } from './logEntry.js';
import { MembershipLog } from './membershipLog.js';

const c = globalThis.crypto;

async function verified(b: LogBuilder, pinned?: string): Promise<MembershipLog> {
  const log = new MembershipLog(c, b.room, pinned);
  for (const t of b.texts) {
    const outcome = await log.append(t);
    if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
  }
  return log;
}

async function refusal(b: LogBuilder, text: string): Promise<string | undefined> {
  const outcome = await (await verified(b)).append(text);
  return outcome.ok ? undefined : outcome.reason;
}

describe('membership log: honest entries', () => {
  it('genesis, invites, joins with and without approval, removal and a new epoch give one membership', async () => {
    const chair = await logDevice('Ingrid');
    const jan = await logDevice('Jan');
    const els = await logDevice('Els');
    const b = await LogBuilder.withGenesis(chair);
    await b.join(jan, await b.invite(chair, 'member'));
    const approval = await b.invite(chair, 'observer', true);
    await b.join(els, approval);
    let log = await verified(b);
    expect(log.members.get(els.id)?.status).toBe('pending');
    expect(log.mayHoldKey(els.id, 1)).toBe(false);
    await b.add(chair, { type: 'approve', device: els.id });
    await b.add(chair, { type: 'remove', device: jan.id, heads: [] });
    const epoch = await b.epoch(chair, [chair.id, els.id]);
    log = await verified(b);
    expect([...log.members.values()].map((m) => [m.label.name, m.role, m.status])).toEqual([
      ['Ingrid', 'admin', 'active'],
      ['Jan', 'member', 'removed'],
      ['Els', 'observer', 'active'],
    ]);
    expect(log.currentEpoch).toBe(epoch);
    expect(log.commitmentOf(epoch)).toBe(await epochCommitment(c, b.room, epoch, b.keys.get(epoch)!));
    // The newcomer may hold the history's keys; the removed device none after its removal.
    expect([log.mayHoldKey(els.id, 1), log.mayHoldKey(jan.id, 1), log.mayHoldKey(jan.id, epoch)]).toEqual([true, true, false]);
    expect(log.heldByRemoved(1)).toBe(true);
    expect(log.heldByRemoved(epoch)).toBe(false);
  });
});

describe('membership log: what an attacker (or a lying relay) cannot do', () => {
  it('a member cannot write admin entries; a changed entry fails its signature', async () => {
    const chair = await logDevice('Ingrid');
    const jan = await logDevice('Jan');
    const b = await LogBuilder.withGenesis(chair);
    await b.join(jan, await b.invite(chair));
    expect(await refusal(b, await b.sign(jan, { type: 'remove', device: chair.id, heads: [] }))).toBe('not-allowed');
    expect(await refusal(b, await b.sign(jan, { type: 'role', device: jan.id, role: 'admin', heads: [] }))).toBe('not-allowed');
    const honest = await b.sign(chair, { type: 'role', device: jan.id, role: 'observer', heads: [] });
    const wire = JSON.parse(honest) as { signed: string; sig: string };
    const changed = JSON.stringify({ ...wire, signed: wire.signed.replace('"observer"', '"admin"') });
    expect(await refusal(b, changed)).toBe('bad-signature');
  });

  it('a join needs the invite key’s co-signature, uses its invite once, and not after revocation', async () => {
    const chair = await logDevice('Ingrid');
    const jan = await logDevice('Jan');
    const relayDevice = await logDevice('Relay');
    const b = await LogBuilder.withGenesis(chair);
    const invite = await b.invite(chair);
    // The relay saw the token hash, not the invite key: it joins in its own name without a co-signature.
    const noCosig = await b.sign(relayDevice, {
      type: 'join',
      invite: invite.tokenHash,
      device: await devicePublic(c, relayDevice.keys),
      label: { name: 'x', organisation: 'y' },
    });
    expect(await refusal(b, noCosig)).toBe('bad-signature');
    await b.join(jan, invite);
    const again = await logDevice('Jan 2');
    expect(
      await refusal(
        b,
        await b.sign(
          again,
          { type: 'join', invite: invite.tokenHash, device: await devicePublic(c, again.keys), label: { name: 'x', organisation: 'y' } },
          invite.privateKey,
        ),
      ),
    ).toBe('not-allowed');
    const revoked = await b.invite(chair);
    await b.add(chair, { type: 'revoke-invite', tokenHash: revoked.tokenHash });
    expect(
      await refusal(
        b,
        await b.sign(
          again,
          { type: 'join', invite: revoked.tokenHash, device: await devicePublic(c, again.keys), label: { name: 'x', organisation: 'y' } },
          revoked.privateKey,
        ),
      ),
    ).toBe('not-allowed');
  });

  it('a box key swapped into a signed device record fails the binding to its signing key', async () => {
    const chair = await logDevice('Ingrid');
    const jan = await logDevice('Jan');
    const relayDevice = await logDevice('Relay');
    const b = await LogBuilder.withGenesis(chair);
    const invite = await b.invite(chair);
    const pub = { ...(await devicePublic(c, jan.keys)), box: toBase64Url(relayDevice.keys.boxPublicSpki) };
    expect(
      await refusal(
        b,
        await b.sign(jan, { type: 'join', invite: invite.tokenHash, device: pub, label: { name: 'Jan', organisation: 'Politie' } }, invite.privateKey),
      ),
    ).toBe('bad-signature');
  });

  it('epochs only go up, and are wrapped only for active members (no phantom, no removed device)', async () => {
    const chair = await logDevice('Ingrid');
    const jan = await logDevice('Jan');
    const phantom = await logDevice('Phantom');
    const b = await LogBuilder.withGenesis(chair);
    await b.join(jan, await b.invite(chair));
    const commitment = toBase64Url(new Uint8Array(32));
    expect(await refusal(b, await b.sign(chair, { type: 'epoch', epoch: 3, commitment, devices: [chair.id] }))).toBe('not-allowed');
    expect(await refusal(b, await b.sign(chair, { type: 'epoch', epoch: 2, commitment, devices: [chair.id, phantom.id] }))).toBe('not-allowed');
    await b.add(chair, { type: 'remove', device: jan.id, heads: [] });
    expect(await refusal(b, await b.sign(chair, { type: 'epoch', epoch: 2, commitment, devices: [chair.id, jan.id] }))).toBe('not-allowed');
  });

  it('another entry at an index held is a fork; another genesis than the invite named is refused', async () => {
    const chair = await logDevice('Ingrid');
    const b = await LogBuilder.withGenesis(chair);
    await b.invite(chair);
    const log = await verified(b);
    const other = await b.sign(chair, { type: 'revoke-invite', tokenHash: toBase64Url(new Uint8Array(32)) }, undefined, 1, log.entry(0)!.hash);
    expect(await log.append(other, 1)).toEqual({ ok: false, reason: 'fork' });
    const elsewhere = await LogBuilder.withGenesis(chair, b.room);
    const pinned = new MembershipLog(c, b.room, log.entry(0)!.hash);
    expect(await pinned.append(elsewhere.texts[0]!)).toEqual({ ok: false, reason: 'wrong-genesis' });
    expect(pinned.pin(log.entry(0)!.hash)).toBe(true);
    expect(pinned.pin(elsewhere.headHash)).toBe(false);
  });

  it('a removed admin writes nothing more; nobody changes their own role or removes themselves', async () => {
    const chair = await logDevice('Ingrid');
    const second = await logDevice('Tablet');
    const b = await LogBuilder.withGenesis(chair);
    await b.join(second, await b.invite(chair, 'admin'));
    expect(await refusal(b, await b.sign(chair, { type: 'remove', device: chair.id, heads: [] }))).toBe('not-allowed');
    expect(await refusal(b, await b.sign(chair, { type: 'role', device: chair.id, role: 'member', heads: [] }))).toBe('not-allowed');
    await b.add(chair, { type: 'remove', device: second.id, heads: [] });
    expect(
      await refusal(
        b,
        await b.sign(second, {
          type: 'invite',
          tokenHash: toBase64Url(new Uint8Array(32)),
          role: 'member',
          requireApproval: false,
          inviteKey: toBase64Url(second.keys.signPublicSpki),
          expiresAt: 1,
        }),
      ),
    ).toBe('not-allowed');
  });
});

describe('membership log: delivery in any order', () => {
  it('random honest sequences, delivered in random order with duplicates, give every client the same membership and keys', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('invite', 'invite-approval', 'approve', 'remove', 'role', 'epoch'), { minLength: 1, maxLength: 8 }),
        fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), { minLength: 3, maxLength: 3 }),
        async (actions, deliveryOrders) => {
          const chair = await logDevice('Voorzitter');
          const b = await LogBuilder.withGenesis(chair);
          const devices: LogDevice[] = [];
          for (const action of actions) {
            const log = await verified(b);
            const active = [...log.members.values()].filter((m) => m.status === 'active' && m.pub.id !== chair.id);
            const pending = [...log.members.values()].filter((m) => m.status === 'pending');
            if (action === 'invite' || action === 'invite-approval') {
              const d = await logDevice(`D${devices.length}`);
              devices.push(d);
              await b.join(d, await b.invite(chair, 'member', action === 'invite-approval'));
            } else if (action === 'approve' && pending[0] !== undefined) await b.add(chair, { type: 'approve', device: pending[0].pub.id });
            else if (action === 'remove' && active[0] !== undefined) await b.add(chair, { type: 'remove', device: active[0].pub.id, heads: [] });
            else if (action === 'role' && active[0] !== undefined)
              await b.add(chair, { type: 'role', device: active[0].pub.id, role: active[0].role === 'member' ? 'observer' : 'member', heads: [] });
            else if (action === 'epoch')
              await b.epoch(
                chair,
                [...log.members.values()].filter((m) => m.status === 'active').map((m) => m.pub.id),
              );
          }
          const n = b.texts.length;
          const states: string[] = [];
          for (const order of deliveryOrders) {
            const log = new MembershipLog(c, b.room, (await verified(b)).entry(0)!.hash);
            // Batches as the relay may send them: any start, any length, repeats, out of order.
            for (const pick of order) {
              const from = pick % n;
              const entries = b.texts.slice(from, from + 1 + (pick % 3));
              for (const [i, t] of entries.entries()) {
                const outcome = await log.append(t, from + i);
                if (!outcome.ok) expect(outcome.reason).toBe('bad-chain'); // arrived before what precedes it: fetched again later
                if (!outcome.ok) break;
              }
            }
            // Then a refresh from its length, as a client does.
            for (let i = log.length; i < n; i++) expect((await log.append(b.texts[i]!, i)).ok).toBe(true);
            const accepted: number[] = [];
            for (const [epoch, key] of b.keys) if ((await epochCommitment(c, b.room, epoch, key)) === log.commitmentOf(epoch)) accepted.push(epoch);
            states.push(
              JSON.stringify({
                members: [...log.members.entries()].map(([id, m]) => [id, m.role, m.status]),
                epochs: [...log.epochs.keys()],
                accepted,
                head: log.headHash,
              }),
            );
          }
          expect(new Set(states).size).toBe(1);
          expect(JSON.parse(states[0]!).accepted).toEqual([...b.keys.keys()]);
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);
});

describe('membership log: erasure', () => {
  it("the chair's erase entry closes the log; nothing is accepted after it", async () => {
    const chair = await logDevice('Ingrid');
    const jan = await logDevice('Jan');
    const b = await LogBuilder.withGenesis(chair);
    await b.join(jan, await b.invite(chair));
    await b.add(chair, { type: 'erase', reden: 'bewaartermijn', datum: '2026-01-01' });
    const log = await verified(b);
    expect(log.erased).toMatchObject({ index: 3, by: chair.id, reden: 'bewaartermijn', datum: '2026-01-01' });
    // Entries the chair could write before are refused now.
    expect(await refusal(b, await b.sign(chair, { type: 'remove', device: jan.id, heads: [] }))).toBe('not-allowed');
    const key = b.keys.get(1)!;
    expect(await refusal(b, await b.sign(chair, { type: 'epoch', epoch: 2, commitment: await epochCommitment(c, b.room, 2, key), devices: [chair.id] }))).toBe(
      'not-allowed',
    );
  });

  it('as the attacker: an expert cannot erase, a forged or changed erase entry and one of another case are refused', async () => {
    const chair = await logDevice('Ingrid');
    const jan = await logDevice('Jan');
    const b = await LogBuilder.withGenesis(chair);
    await b.join(jan, await b.invite(chair));
    // An expert (member) signs an erasure.
    expect(await refusal(b, await b.sign(jan, { type: 'erase', reden: 'besluit_voorzitter', datum: '2026-01-01' }))).toBe('not-allowed');
    // The relay (or anyone without the chair's key) claims the chair erased: its own key, the chair's id.
    const forger = await logDevice('Relay');
    const forged = await signWithId(b, forger, chair.id, { type: 'erase', reden: 'besluit_voorzitter', datum: '2026-01-01' });
    expect(await refusal(b, forged)).toBe('bad-signature');
    // The chair's real entry with its reason changed on the way.
    const real = await b.sign(chair, { type: 'erase', reden: 'bewaartermijn', datum: '2026-01-01' });
    expect(await refusal(b, real.replace('bewaartermijn', 'besluit_voorzitter'))).toBe('bad-signature');
    // A valid erasure of another case (its own chain) does not erase this one.
    const other = await LogBuilder.withGenesis(chair);
    const elsewhere = await other.sign(chair, { type: 'erase', reden: 'bewaartermijn', datum: '2026-01-01' }, undefined, b.texts.length, b.headHash);
    expect(await refusal(b, elsewhere)).toBe('wrong-room');
    // An erase entry that skips entries this device holds does not chain.
    const stale = await b.sign(chair, { type: 'erase', reden: 'bewaartermijn', datum: '2026-01-01' }, undefined, 1, (await verified(b)).entry(0)!.hash);
    expect(await refusal(b, stale)).toBe('bad-chain');
    const log = await verified(b);
    expect(log.erased).toBeUndefined();
  });
});

describe('membership log: the erasure a device hears without the entries before it', () => {
  it("accepts the chair's erase entry from the tombstone after entries it missed; refuses an expert's, a forged one and another case's", async () => {
    const chair = await logDevice('Ingrid');
    const jan = await logDevice('Jan');
    const b = await LogBuilder.withGenesis(chair);
    await b.join(jan, await b.invite(chair));
    const behind = await verified(b); // this device stops here (offline)
    await b.invite(chair, 'observer'); // entries it never receives
    await b.invite(chair, 'member');
    const erase = await b.sign(chair, { type: 'erase', reden: 'bewaartermijn', datum: '2026-02-01' });
    const byJan = await b.sign(jan, { type: 'erase', reden: 'bewaartermijn', datum: '2026-02-01' });
    const forged = await signWithId(b, await logDevice('Relay'), chair.id, { type: 'erase', reden: 'bewaartermijn', datum: '2026-02-01' });
    const other = await (
      await LogBuilder.withGenesis(chair)
    ).sign(chair, { type: 'erase', reden: 'bewaartermijn', datum: '2026-02-01' }, undefined, b.texts.length, b.headHash);
    expect(await behind.acceptErasure(byJan)).toBe('not-allowed');
    expect(await behind.acceptErasure(forged)).toBe('bad-signature');
    expect(await behind.acceptErasure(other)).toBe('wrong-room');
    expect(behind.erased).toBeUndefined();
    expect(await behind.acceptErasure(erase)).toBe(true);
    expect(behind.erased).toMatchObject({ by: chair.id, reden: 'bewaartermijn', index: b.texts.length });
    // At this log's own end the entry must also name its last hash.
    const current = await verified(b);
    const offChain = await b.sign(chair, { type: 'erase', reden: 'bewaartermijn', datum: '2026-02-01' }, undefined, b.texts.length, current.entry(0)!.hash);
    expect(await current.acceptErasure(offChain)).toBe('bad-chain');
  });
});

/** Signs as `by` but names `claimed` as the author (what a forger without the author's key can do). */
async function signWithId(b: LogBuilder, by: LogDevice, claimed: LogDevice['id'], body: Parameters<LogBuilder['add']>[1]): Promise<string> {
  const { nextContent, signEntry } = await import('./logEntry.js');
  return signEntry(c, by.keys, nextContent(b.room, b.texts.length, b.headHash, claimed, body, Date.now()));
}
