import type { AgencyWorld, Staff, Stream } from './agency-world.js';

export interface ScaleSession {
  id: string;
  number: number;
  day: number;
  startsAt: Date;
}

export interface ScaleGroup {
  id: string;
  name: string;
  stream: Stream;
  startDay: number;
  capacity: number;
  members: number;
  timeZone: string;
  sessions: ScaleSession[];
  facilitator: Staff;
}

const weekdayNames = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Closed 12-week cohorts, made as participants become ready: a participant joins the first group
 * of their stream that starts after they are ready (within six weeks) and has a seat, or a new
 * one starting two to five weeks later. Groups are buffered with their 12 weekly sessions
 * (a holiday moves a session to the next week). Only groups that can still take people are kept.
 */
export class GroupAllocator {
  private readonly open = new Map<string, ScaleGroup[]>();
  private made = 0;

  constructor(private readonly world: AgencyWorld) {}

  placeFor(stream: Stream, readyDay: number): ScaleGroup {
    const list = this.open.get(stream.id) ?? [];
    const kept = list.filter((g) => g.startDay >= readyDay - 7 && g.members < g.capacity);
    this.open.set(stream.id, kept);
    const found = kept.find((g) => g.startDay >= readyDay && g.startDay <= readyDay + 42);
    if (found) {
      found.members += 1;
      return found;
    }
    const group = this.create(stream, readyDay);
    group.members = 1;
    kept.push(group);
    return group;
  }

  private create(stream: Stream, readyDay: number): ScaleGroup {
    const { random, calendar, writer } = this.world;
    const site = random.pick(this.world.sites);
    const weekday = random.int(1, 5);
    const startDay = calendar.nextWeekday(readyDay + random.int(14, 35), weekday);
    const [hour, minute] = random.chance(0.8) ? [18, 30] : [13, 0];
    const facilitators = this.world.staff.facilitator;
    const first = facilitators[this.made % facilitators.length]!;
    const second = facilitators.length > 1 ? facilitators[(this.made + 1) % facilitators.length]! : undefined;
    this.made += 1;
    const id = random.uuid();
    const name = `${stream.code} · ${site.name} · ${weekdayNames[weekday]} ${calendar.text(startDay)} #${this.made}`;
    const capacity = random.int(8, 14);
    const sessions: ScaleSession[] = [];
    for (let day = startDay; sessions.length < 12; day += 7) {
      if (this.world.holidays.has(day)) continue;
      sessions.push({ id: random.uuid(), number: sessions.length + 1, day, startsAt: calendar.at(day, site.timeZone, hour!, minute) });
    }
    const last = sessions[sessions.length - 1]!;
    const manager = this.world.staff.manager[0]!;
    const createdAt = calendar.at(Math.min(Math.max(calendar.firstDay - 20, startDay - 21), calendar.today - 1), site.timeZone, 10);
    writer.add('group_cycle', {
      agency_id: this.world.id, id, stream_id: stream.id, name, site_id: site.id, room: `Room ${random.int(100, 320)}`, weekday,
      start_time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, time_zone: site.timeZone, start_date: calendar.text(startDay),
      capacity, facilitator_1: first.userId, facilitator_2: second?.userId ?? null, status: last.day < calendar.today ? 'closed' : 'open', created_at: createdAt, created_by: manager.userId,
    });
    for (const session of sessions) {
      writer.add('group_session', {
        agency_id: this.world.id, id: session.id, group_id: id, number: session.number, topic_position: session.number, starts_at: session.startsAt,
        local_date: calendar.text(session.day), minutes: 120,
      });
    }
    this.world.audit.add({ at: createdAt, type: 'group.created', actor: manager, subject: { type: 'group', id }, details: { streamId: stream.id, sessions: 12 } });
    return { id, name, stream, startDay, capacity, members: 0, timeZone: site.timeZone, sessions, facilitator: first };
  }
}
