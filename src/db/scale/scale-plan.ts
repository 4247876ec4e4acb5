/**
 * What a generated province looks like: ~50 agencies, a few big urban ones and many small ones
 * (weights roughly follow the population they serve), each with its sites and time zone (the
 * northwest runs on Central time), its share of French speakers, and its share of the year's
 * referrals (12,000 across the province at scale 1).
 */
export const referralsPerYearAtScale1 = 12_000;

interface Place {
  name: string;
  weight: number;
  /** Share of participants who speak French (Eastern and Northern Ontario). */
  french: number;
  timeZone: 'America/Toronto' | 'America/Winnipeg';
  sites: string[];
}

const toronto = 'America/Toronto';
const winnipeg = 'America/Winnipeg';

const places: Place[] = [
  { name: 'Toronto', weight: 60, french: 0.02, timeZone: toronto, sites: ['Downtown', 'Scarborough', 'Etobicoke', 'North York'] },
  { name: 'Ottawa', weight: 24, french: 0.3, timeZone: toronto, sites: ['Centretown', 'Orléans', 'Kanata'] },
  { name: 'Peel', weight: 30, french: 0.01, timeZone: toronto, sites: ['Mississauga', 'Brampton'] },
  { name: 'York Region', weight: 24, french: 0.01, timeZone: toronto, sites: ['Newmarket', 'Richmond Hill'] },
  { name: 'Durham', weight: 15, french: 0.02, timeZone: toronto, sites: ['Oshawa', 'Ajax'] },
  { name: 'Hamilton', weight: 14, french: 0.02, timeZone: toronto, sites: ['Downtown', 'Mountain'] },
  { name: 'Halton', weight: 12, french: 0.02, timeZone: toronto, sites: ['Oakville', 'Burlington'] },
  { name: 'Waterloo Region', weight: 13, french: 0.01, timeZone: toronto, sites: ['Kitchener', 'Cambridge'] },
  { name: 'London-Middlesex', weight: 11, french: 0.01, timeZone: toronto, sites: ['London'] },
  { name: 'Niagara', weight: 10, french: 0.03, timeZone: toronto, sites: ['St. Catharines', 'Welland'] },
  { name: 'Simcoe County', weight: 8, french: 0.03, timeZone: toronto, sites: ['Barrie', 'Orillia'] },
  { name: 'Windsor-Essex', weight: 9, french: 0.04, timeZone: toronto, sites: ['Windsor', 'Leamington'] },
  { name: 'Wellington-Guelph', weight: 5, french: 0.01, timeZone: toronto, sites: ['Guelph'] },
  { name: 'Kingston', weight: 4, french: 0.03, timeZone: toronto, sites: ['Kingston'] },
  { name: 'Greater Sudbury', weight: 4, french: 0.25, timeZone: toronto, sites: ['Sudbury'] },
  { name: 'Thunder Bay', weight: 4, french: 0.03, timeZone: toronto, sites: ['Thunder Bay'] },
  { name: 'Peterborough', weight: 3, french: 0.01, timeZone: toronto, sites: ['Peterborough'] },
  { name: 'Brant', weight: 3, french: 0.01, timeZone: toronto, sites: ['Brantford'] },
  { name: 'Chatham-Kent', weight: 2.5, french: 0.02, timeZone: toronto, sites: ['Chatham'] },
  { name: 'Sarnia-Lambton', weight: 2.5, french: 0.02, timeZone: toronto, sites: ['Sarnia'] },
  { name: 'Cornwall', weight: 2.5, french: 0.35, timeZone: toronto, sites: ['Cornwall'] },
  { name: 'Belleville-Quinte', weight: 2.5, french: 0.02, timeZone: toronto, sites: ['Belleville'] },
  { name: 'Sault Ste. Marie', weight: 2, french: 0.05, timeZone: toronto, sites: ['Sault Ste. Marie'] },
  { name: 'North Bay-Nipissing', weight: 2, french: 0.2, timeZone: toronto, sites: ['North Bay'] },
  { name: 'Timmins', weight: 1.5, french: 0.4, timeZone: toronto, sites: ['Timmins'] },
  { name: 'Kenora-Rainy River', weight: 1.5, french: 0.02, timeZone: winnipeg, sites: ['Kenora', 'Fort Frances'] },
  { name: 'Sioux Lookout', weight: 1, french: 0.01, timeZone: winnipeg, sites: ['Sioux Lookout'] },
  { name: 'Dryden', weight: 1, french: 0.01, timeZone: winnipeg, sites: ['Dryden'] },
  { name: 'Red Lake', weight: 0.8, french: 0.01, timeZone: winnipeg, sites: ['Red Lake'] },
  { name: 'Prescott-Russell', weight: 1.5, french: 0.6, timeZone: toronto, sites: ['Hawkesbury'] },
  { name: 'Hearst-Kapuskasing', weight: 1, french: 0.6, timeZone: toronto, sites: ['Kapuskasing'] },
  { name: 'Muskoka', weight: 1.5, french: 0.02, timeZone: toronto, sites: ['Huntsville', 'Bracebridge'] },
  { name: 'Grey-Bruce', weight: 2, french: 0.01, timeZone: toronto, sites: ['Owen Sound'] },
  { name: 'Huron-Perth', weight: 2, french: 0.01, timeZone: toronto, sites: ['Stratford'] },
  { name: 'Oxford', weight: 1.8, french: 0.01, timeZone: toronto, sites: ['Woodstock'] },
  { name: 'Elgin-St. Thomas', weight: 1.5, french: 0.01, timeZone: toronto, sites: ['St. Thomas'] },
  { name: 'Norfolk-Haldimand', weight: 1.8, french: 0.01, timeZone: toronto, sites: ['Simcoe'] },
  { name: 'Dufferin', weight: 1.2, french: 0.01, timeZone: toronto, sites: ['Orangeville'] },
  { name: 'Kawartha Lakes', weight: 1.3, french: 0.01, timeZone: toronto, sites: ['Lindsay'] },
  { name: 'Northumberland', weight: 1.3, french: 0.01, timeZone: toronto, sites: ['Cobourg'] },
  { name: 'Lanark-Leeds-Grenville', weight: 1.8, french: 0.05, timeZone: toronto, sites: ['Brockville', 'Perth'] },
  { name: 'Renfrew County', weight: 1.6, french: 0.05, timeZone: toronto, sites: ['Pembroke'] },
  { name: 'Hastings-Prince Edward', weight: 1.2, french: 0.01, timeZone: toronto, sites: ['Picton'] },
  { name: 'Haliburton', weight: 0.6, french: 0.01, timeZone: toronto, sites: ['Haliburton'] },
  { name: 'Parry Sound', weight: 0.8, french: 0.03, timeZone: toronto, sites: ['Parry Sound'] },
  { name: 'Algoma', weight: 0.9, french: 0.05, timeZone: toronto, sites: ['Elliot Lake'] },
  { name: 'Manitoulin', weight: 0.5, french: 0.03, timeZone: toronto, sites: ['Little Current'] },
  { name: 'Temiskaming', weight: 0.7, french: 0.3, timeZone: toronto, sites: ['New Liskeard'] },
  { name: 'Cochrane', weight: 0.7, french: 0.45, timeZone: toronto, sites: ['Cochrane'] },
  { name: 'Moosonee-James Bay', weight: 0.4, french: 0.05, timeZone: toronto, sites: ['Moosonee'] },
];

/** One agency of the generated province. */
export interface AgencyPlan {
  /** 1-based position in the plan: the agency's own random source and slug derive from it. */
  index: number;
  slug: string;
  name: string;
  nameFr: string;
  timeZone: string;
  sites: { name: string; timeZone: string }[];
  french: number;
  /** Referrals received over the year (duplicates and returned ones included). */
  referrals: number;
}

/**
 * The agencies for scale `scale` (1 = one year of Ontario): `agencies` of them (default 50; more
 * repeat the list with a number), each receiving its weight's share of `scale` × 12,000
 * referrals, at least one. Slugs carry the seed, so runs with different seeds can share a database.
 */
export function planAgencies(input: { scale: number; seed: number; agencies?: number }): AgencyPlan[] {
  const count = input.agencies ?? places.length;
  const chosen = Array.from({ length: count }, (_, i) => ({ place: places[i % places.length]!, round: Math.floor(i / places.length) }));
  const totalWeight = chosen.reduce((sum, { place }) => sum + place.weight, 0);
  const total = input.scale * referralsPerYearAtScale1;
  return chosen.map(({ place, round }, i) => {
    const suffix = round === 0 ? '' : ` ${round + 1}`;
    return {
      index: i + 1,
      slug: `scale-${input.seed}-${String(i + 1).padStart(3, '0')}`,
      name: `${place.name}${suffix} Partner Assault Response Program`,
      nameFr: `Programme d’intervention auprès des partenaires violents – ${place.name}${suffix}`,
      timeZone: place.timeZone,
      sites: place.sites.map((site) => ({ name: site, timeZone: site === 'Kenora' || site === 'Fort Frances' ? winnipeg : place.timeZone })),
      french: place.french,
      referrals: Math.max(1, Math.round((total * place.weight) / totalWeight)),
    };
  });
}
