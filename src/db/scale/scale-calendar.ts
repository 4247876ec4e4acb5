import { zonedTimeToInstant } from '../../core/shared/zoned-time.js';

const dayMs = 86_400_000;

/**
 * Days as integers (days since 1970-01-01) with their `YYYY-MM-DD` text and local instants,
 * cached: the generator asks for millions of them. A day's offset from UTC is read at local noon,
 * which holds for every time the generator uses (08:00–21:00, after the 02:00 changes).
 */
export class ScaleCalendar {
  private readonly texts = new Map<number, string>();
  private readonly offsets = new Map<string, number>();
  /** The first generated day (a year before `until`) and `until` itself, the run's "today". */
  readonly firstDay: number;
  readonly today: number;

  constructor(until: string) {
    this.today = Math.floor(Date.parse(`${until}T00:00:00Z`) / dayMs);
    this.firstDay = this.today - 365;
  }

  text(day: number): string {
    let text = this.texts.get(day);
    if (!text) this.texts.set(day, (text = new Date(day * dayMs).toISOString().slice(0, 10)));
    return text;
  }

  /** ISO weekday, 1 = Monday. */
  weekday(day: number): number {
    return ((((day + 3) % 7) + 7) % 7) + 1;
  }

  /** The instant of `hour:minute` local time on `day` in `timeZone`. */
  at(day: number, timeZone: string, hour: number, minute = 0): Date {
    const key = `${timeZone}:${day}`;
    let offset = this.offsets.get(key);
    if (offset === undefined) {
      offset = zonedTimeToInstant(`${this.text(day)}T12:00`, timeZone).getTime() - (day * dayMs + 12 * 3_600_000);
      this.offsets.set(key, offset);
    }
    return new Date(day * dayMs + hour * 3_600_000 + minute * 60_000 + offset);
  }

  /** The first day on or after `day` that falls on `weekday`. */
  nextWeekday(day: number, weekday: number): number {
    return day + ((weekday - this.weekday(day) + 7) % 7);
  }

  /** Ontario's statutory holidays in the generated year and the one after (fixed days and Monday rules). */
  holidays(): { day: number; name: string; nameFr: string }[] {
    const list: { day: number; name: string; nameFr: string }[] = [];
    const first = new Date(this.firstDay * dayMs).getUTCFullYear();
    for (let year = first; year <= first + 2; year++) {
      const d = (month: number, date: number) => Math.floor(Date.UTC(year, month - 1, date) / dayMs);
      const nthMonday = (month: number, n: number) => this.nextWeekday(d(month, 1), 1) + 7 * (n - 1);
      list.push(
        { day: d(1, 1), name: "New Year's Day", nameFr: 'Jour de l’An' },
        { day: nthMonday(2, 3), name: 'Family Day', nameFr: 'Jour de la Famille' },
        { day: this.nextWeekday(d(5, 18), 1), name: 'Victoria Day', nameFr: 'Fête de la Reine' },
        { day: d(7, 1), name: 'Canada Day', nameFr: 'Fête du Canada' },
        { day: nthMonday(8, 1), name: 'Civic Holiday', nameFr: 'Congé civique' },
        { day: nthMonday(9, 1), name: 'Labour Day', nameFr: 'Fête du Travail' },
        { day: nthMonday(10, 2), name: 'Thanksgiving', nameFr: 'Action de grâce' },
        { day: d(12, 25), name: 'Christmas Day', nameFr: 'Noël' },
        { day: d(12, 26), name: 'Boxing Day', nameFr: 'Lendemain de Noël' },
      );
    }
    return list.filter((h) => h.day >= this.firstDay - 7 && h.day <= this.today + 200);
  }
}
