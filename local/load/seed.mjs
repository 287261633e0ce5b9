// Load-test seeding: posts generated visit reports to a running `bin/pressfacts serve`, so that every fact is
// stored the real way (SubmitArticleFunction, then tagging from the emulated stream). Each article reports one
// visit and one meeting, on its own date, so N articles give about 2N canonical facts.
// Usage: node local/load/seed.mjs URL API_KEY [ARTICLES=1500] [FIRST=0]   (a second run from FIRST=1500 adds more)
const [url, key, count = '1500', first = '0'] = process.argv.slice(2);
const travelers = ['Vladimir Putin', 'Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev', 'Sadyr Japarov',
  'Alexander Lukashenko', 'Xi Jinping', 'Recep Tayyip Erdogan', 'Emmanuel Macron', 'Olaf Scholz', 'Narendra Modi'];
const places = [['Bishkek', 'Kyrgyzstan'], ['Astana', 'Kazakhstan'], ['Tashkent', 'Uzbekistan'], ['Minsk', 'Belarus'],
  ['Beijing', 'China'], ['Ankara', 'Turkey'], ['Paris', 'France'], ['Berlin', 'Germany'], ['New Delhi', 'India'],
  ['Dushanbe', 'Tajikistan'], ['Baku', 'Azerbaijan'], ['Yerevan', 'Armenia'], ['Tokyo', 'Japan'], ['Rome', 'Italy']];
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
let next = Number(first), failed = 0;
const end = Number(first) + Number(count);
async function worker() {
  while (next < end) {
    const i = next++;
    const round = Math.floor(i / 1500);  // each round of 1500 covers the same years with other pairs
    const traveler = travelers[(i + 3 * round) % travelers.length];
    const [city, country] = places[(i * 7 + Math.floor(i / travelers.length)) % places.length];
    const date = new Date(Date.UTC(2020, 0, 1) + (i % 1500) * 86400000 * 1.1 + round * 43200000).toISOString().slice(0, 10);
    const text = `${traveler} arrived in ${city} on ${days[i % days.length]} for a two-day visit to ${country}, `
      + `where he held talks with the country's leadership.`;
    const body = JSON.stringify({ url: `https://load.example/${i}`, text, publishedAt: date, source: `wire-${i % 5}` });
    const r = await fetch(`${url}/articles`, { method: 'POST', headers: { 'x-api-key': key, 'Content-Type': 'application/json' }, body });
    if (r.status >= 300) failed++;
  }
}
await Promise.all(Array.from({ length: 6 }, worker));
console.log(`posted ${count} articles, ${failed} failed`);
