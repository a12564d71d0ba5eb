/**
 * Deterministic, realistic-looking music names for the synthetic benchmark
 * catalogue. Every record is generated from its own index with a seeded PRNG,
 * so a given index always yields the same artist, album or track whatever the
 * scale: the catalogue at scale 10 is the first tenth of the one at scale 100.
 *
 * The word lists were written for this project. Names mix English, Portuguese,
 * Spanish, French, Nordic and other spellings, with accents ("Antônio",
 * "Sólveig", "Mäkelä"), multi-word band names and classical titles, so that
 * search benchmarks meet the same kind of text as the real Chinook catalogue.
 */

/** Chinook's shape: per copy of the catalogue, this many of each. */
export const ARTISTS_PER_SCALE = 275
export const ALBUMS_PER_SCALE = 347

/** The marker in every synthetic id: `art_syn…`, `alb_syn…`, `trk_syn…`, `prod_syn…`. */
export const SYNTHETIC_TAG = "syn"

const pad = (n: number, w: number) => String(n).padStart(w, "0")
export const artistId = (i: number) => `art_${SYNTHETIC_TAG}${pad(i, 7)}`
export const albumId = (j: number) => `alb_${SYNTHETIC_TAG}${pad(j, 7)}`
export const trackId = (j: number, n: number) => `trk_${SYNTHETIC_TAG}${pad(j, 7)}_${pad(n, 2)}`
export const productId = (j: number) => `prod_${SYNTHETIC_TAG}${pad(j, 7)}`
/** `n` is the track number; the full-album variant is number 0. */
export const variantId = (j: number, n: number) => `variant_${SYNTHETIC_TAG}${pad(j, 7)}_${pad(n, 2)}`

/** A small, fast 32-bit PRNG (mulberry32), seeded per record. */
export type Rng = () => number

export function rngFor(kind: string, index: number): Rng {
  // FNV-1a over "kind:index" gives each record its own seed.
  let h = 0x811c9dc5
  const key = `${kind}:${index}`
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  let a = h >>> 0
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1))
/** Picks a key of `weights` with probability proportional to its value. */
function weighted<K extends string>(rng: Rng, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][]
  let r = rng() * entries.reduce((s, [, w]) => s + w, 0)
  for (const [k, w] of entries) {
    if ((r -= w) < 0) return k
  }
  return entries[entries.length - 1][0]
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

// ---------------------------------------------------------------- word lists

const FIRST_EN = [
  "James", "Mary", "Robert", "Patricia", "Johnny", "Linda", "Michael", "Barbara", "David", "Elizabeth",
  "Billy", "Susan", "Richard", "Joan", "Charlie", "Sarah", "Tom", "Nancy", "Steve", "Karen",
  "Frankie", "Emily", "Jack", "Grace", "Sam", "Ruby", "Leon", "Ivy", "Otis", "Nina",
  "Miles", "Ella", "Dexter", "Etta", "Wes", "Dinah", "Chet", "Sarah", "Hank", "Loretta",
  "Neil", "Joni", "Bruce", "Stevie", "Elvis", "Aretha", "Marvin", "Diana", "Curtis", "Roberta",
  "Kurt", "Courtney", "Layne", "Shirley", "Ozzy", "Tina", "Gene", "Patti", "Iggy", "Debbie",
  "Liam", "Chloe", "Noah", "Maeve", "Declan", "Siobhan", "Rhys", "Carys", "Angus", "Isla",
  "Walter", "Dolly", "Roy", "Peggy", "Buddy", "Wanda", "Carl", "Brenda", "Jerry", "Connie",
  "Lou", "Marianne", "Nick", "Polly", "Ray", "Mavis", "Sly", "Gladys", "Al", "Odetta",
  "Harry", "Judy", "Ben", "Lucinda", "Eddie", "Kate", "Graham", "Sinead", "Ian", "Alison",
] as const

const FIRST_INTL = [
  "Antônio", "João", "José", "Zé", "Gilberto", "Caetano", "Chico", "Milton", "Elis", "Gal",
  "Maria", "Beatriz", "Conceição", "Tânia", "Márcio", "Sebastião", "Flávio", "Inês", "Luísa", "Joaquim",
  "Jesús", "Andrés", "Inés", "Ramón", "Begoña", "Íñigo", "Martín", "Lucía", "Nuño", "Raúl",
  "Chloé", "Zoë", "Renée", "Hélène", "François", "Gaël", "Maëlle", "Noël", "Jérôme", "Amélie",
  "Björn", "Sølvi", "Søren", "Åsa", "Jörg", "Jürgen", "Günther", "Müge", "Ólafur", "Sigurður",
  "Þórunn", "Ásgeir", "Kristín", "Eiríkur", "Łukasz", "Małgorzata", "Zdeněk", "Dušan", "Jiří", "Ewa",
  "Niccolò", "Ilaria", "Giosuè", "Agnès", "Matías", "Cláudio", "Anaïs", "Oskar", "Mikaël", "Yasmín",
  "Kenji", "Haruki", "Aiko", "Yūko", "Ryūichi", "Seo-yeon", "Ji-hoon", "Mei", "Arjun", "Anoushka",
  "Fela", "Youssou", "Angélique", "Salif", "Oumou", "Miriam", "Cesária", "Tinariwen", "Amadou", "Rokia",
] as const

const LAST_EN = [
  "Walker", "Harris", "Carter", "Mitchell", "Turner", "Parker", "Collins", "Stewart", "Morris", "Rogers",
  "Reed", "Cook", "Morgan", "Bell", "Murphy", "Bailey", "Cooper", "Richardson", "Cox", "Howard",
  "Ward", "Brooks", "Gray", "James", "Watson", "Hughes", "Price", "Bennett", "Wood", "Barnes",
  "Ross", "Henderson", "Coleman", "Jenkins", "Perry", "Powell", "Long", "Patterson", "Fisher", "Holmes",
  "Hendricks", "Vaughan", "Redding", "Holiday", "Coltrane", "Mingus", "Monk", "Baker", "Gordon", "Shepp",
  "O'Brien", "McCartney", "O'Connor", "MacLeod", "Fitzgerald", "Donnelly", "Gallagher", "Keane", "Doyle", "Quinn",
  "Blackwood", "Ashdown", "Stonebridge", "Harrow", "Whitlock", "Kingsley", "Thornton", "Fairweather", "Lockhart", "Winslow",
  "Abbott", "Dalton", "Everly", "Garland", "Haggard", "Jennings", "Lomax", "Merritt", "Nolan", "Oakley",
  "Prescott", "Rutherford", "Sutton", "Tillman", "Underwood", "Vance", "Whitfield", "Yates", "Booker", "Calloway",
  "Drummond", "Ellison", "Franklin", "Gaines", "Hartley", "Irving", "Jarrett", "Kendrick", "Lennox", "Marlowe",
] as const

const LAST_INTL = [
  "Jobim", "Gonçalves", "Conceição", "Araújo", "Magalhães", "Simões", "Brandão", "Guimarães", "Assunção", "Falcão",
  "Nascimento", "Veloso", "Buarque", "Gil", "Regina", "Costa", "Lobo", "Moraes", "Baden", "Pinheiro",
  "Núñez", "Muñoz", "Peña", "Ibáñez", "Castañeda", "Avendaño", "Jiménez", "Martín", "Gómez", "Sánchez",
  "Lefèvre", "Béranger", "Thiéfaine", "Dupré", "Gaillard", "Noël", "Fréchette", "Ménard", "Désirée", "Bréhat",
  "Müller", "Schröder", "Kößler", "Bäumer", "Jäger", "Weiß", "Hölzel", "Brüggemann", "Köhler", "Fröhlich",
  "Lindqvist", "Åkerlund", "Sjöberg", "Østergaard", "Jørgensen", "Håkansson", "Mäkelä", "Järvinen", "Söderström", "Ekström",
  "Guðmundsdóttir", "Sigurðsson", "Jónsdóttir", "Þorsteinsson", "Kovačević", "Dvořák", "Horváth", "Nowakowski", "Wiśniewski", "Błaszczyk",
  "Rossi", "Ferrà", "De André", "Battisti", "Nakamura", "Sakamoto", "Hosono", "Takahashi", "Kim", "Shankar",
  "Kuti", "N'Dour", "Kidjo", "Keïta", "Sangaré", "Makeba", "Évora", "Touré", "Diabaté", "Traoré",
] as const

const MONONYMS = [
  "Björk", "Sólveig", "Anouk", "Zaïra", "Maëlle", "Kalinda", "Rosalía", "Sade", "Nneka", "Oumou",
  "Søs", "Ýrr", "Aurélie", "Léonie", "Khadja", "Lhasa", "Yemi", "Ásta", "Marisol", "Céu",
  "Kiri", "Noémie", "Ilse", "Ewa", "Iñaki", "Mø", "Eivør", "Róisín", "Tove", "Älva",
] as const

const ADJ = [
  "Silver", "Black", "Electric", "Golden", "Velvet", "Broken", "Crimson", "Wild", "Hollow", "Iron",
  "Midnight", "Burning", "Frozen", "Neon", "Savage", "Silent", "Lonely", "Restless", "Sacred", "Wicked",
  "Scarlet", "Blue", "Crystal", "Copper", "Rusty", "Dusty", "Howling", "Shining", "Distant", "Endless",
  "Heavy", "Hazy", "Lost", "Little", "Open", "Paper", "Quiet", "Radiant", "Stolen", "Sweet",
  "Twisted", "Violet", "Wandering", "Young", "Faded", "Gentle", "Hidden", "Loud", "Northern", "Southern",
  "Atomic", "Cosmic", "Psychic", "Stellar", "Lunar", "Solar", "Static", "Magnetic", "Liquid", "Holy",
] as const

const NOUN = [
  "Heart", "River", "Storm", "Fire", "Moon", "Road", "Dream", "Ghost", "Shadow", "Thunder",
  "Rose", "Highway", "Mirror", "Ocean", "Garden", "Train", "Sky", "Flame", "Stone", "Crown",
  "Desert", "Engine", "Harbor", "Island", "Jungle", "Lantern", "Machine", "Meadow", "Mountain", "Nightingale",
  "Orchard", "Paradise", "Prairie", "Rain", "Satellite", "Sparrow", "Summer", "Temple", "Tide", "Valley",
  "Voice", "Wave", "Winter", "Wolf", "Echo", "Empire", "Horizon", "Kingdom", "Pilgrim", "Serpent",
  "Carnival", "Cathedral", "Comet", "Dynamo", "Galaxy", "Hurricane", "Lighthouse", "Metal", "Prophet", "Rebel",
] as const

const PLURAL = [
  "Wolves", "Ravens", "Saints", "Strangers", "Kings", "Rebels", "Riders", "Angels", "Sinners", "Shadows",
  "Dreamers", "Drifters", "Outlaws", "Pilots", "Preachers", "Ramblers", "Sparks", "Thieves", "Vandals", "Wanderers",
  "Machines", "Mirrors", "Comets", "Echoes", "Ghosts", "Hearts", "Lions", "Moths", "Owls", "Tigers",
  "Cowboys", "Daughters", "Brothers", "Sisters", "Hounds", "Horses", "Knives", "Bells", "Roses", "Satellites",
] as const

const ENSEMBLE = ["Quartet", "Trio", "Quintet", "Sextet", "Orchestra", "Ensemble", "Band", "Big Band", "Project", "Experience"] as const

const CITY = [
  "London", "Berlin", "Vienna", "Prague", "Leipzig", "Amsterdam", "Lisbon", "Porto", "Salvador", "Recife",
  "Rio", "São Paulo", "Buenos Aires", "Montréal", "Québec", "Göteborg", "København", "Reykjavík", "Kraków", "Zürich",
  "Köln", "München", "Sevilla", "Córdoba", "Málaga", "Bogotá", "Medellín", "Nashville", "Memphis", "Detroit",
  "Chicago", "New Orleans", "Seattle", "Manchester", "Liverpool", "Dublin", "Glasgow", "Osaka", "Tokyo", "Dakar",
] as const

const VENUE = [
  "the Roundhouse", "the Fillmore", "Budokan", "the Apollo", "Red Rocks", "the Paradiso", "the Olympia", "Montreux",
  "the Hollywood Bowl", "Wembley", "the Royal Albert Hall", "the Blue Note", "the Village Vanguard", "Carnegie Hall",
  "the Marquee", "the Troubadour", "Maracanã", "the Teatro Colón", "the Bataclan", "Hammersmith Odeon",
] as const

const PT_ES_WORDS = [
  "Saudade", "Coração", "Noite", "Estrela", "Mar", "Sertão", "Canção", "Lua", "Amanhã", "Verão",
  "Ilusão", "Paixão", "Caminho", "Madrugada", "Alegria", "Solidão", "Esperança", "Tristeza", "Ventania", "Chão",
  "Corazón", "Noche", "Fuego", "Camino", "Canción", "Luna", "Alma", "Mañana", "Sueño", "Río",
  "Amor", "Tierra", "Cielo", "Guitarra", "Pasión", "Ilusión", "Sol", "Dolor", "Orquídea", "Montaña",
] as const

const PT_ES_ADJ = [
  "Azul", "Doce", "Perdido", "Eterno", "Dourada", "Bonita", "Triste", "Selvagem", "Antiga", "Tropical",
  "Negra", "Blanca", "Salvaje", "Dorado", "Último", "Lejana", "Pequeña", "Nueva", "Feliz", "Escondida",
] as const

const FR_TITLES = [
  "La Vie en Bleu", "Les Feuilles d'Été", "Chanson pour Hélène", "Café de Flore", "Le Vent du Nord",
  "Nuit Blanche", "À Bientôt", "Mon Cœur Sauvage", "L'Été Indien", "Déjà Vu", "Rêverie", "Sous la Pluie",
  "Où Est la Mer", "Fête Foraine", "Mélancolie", "Les Étoiles", "Coquelicot", "Éternité", "Boulevard Saint-Michel", "Ça Ira",
] as const

const VERB = [
  "Running", "Dancing", "Waiting", "Falling", "Burning", "Riding", "Drifting", "Dreaming", "Calling", "Chasing",
  "Walking", "Flying", "Crying", "Hiding", "Shaking", "Breaking", "Holding", "Leaving", "Rolling", "Singing",
] as const

const PREP = ["on", "in", "under", "through", "across", "into", "beyond", "against", "with", "without"] as const

const PHRASE = [
  "Don't Look Back", "All Night Long", "One More Time", "Take Me Home", "Let It Burn", "Never Say Goodbye",
  "Hold On", "Come Together Now", "Stay With Me", "Here Comes the Night", "Nowhere to Run", "Say My Name",
  "Heaven Knows", "Ain't No Sunshine Here", "Blow the House Down", "Tell Me Why", "Out of Time", "Gimme Shelter Tonight",
  "Until the End", "Back to Black Water", "Born to Lose", "Too Late to Pray", "Light My Way", "Keep the Faith",
] as const

const KEYS = [
  "C Major", "C Minor", "D Major", "D Minor", "E-flat Major", "E Minor", "F Major", "F-sharp Minor", "G Major",
  "G Minor", "A Major", "A Minor", "B-flat Major", "B Minor",
] as const

const CLASSICAL_FORMS = [
  "Symphony", "Piano Concerto", "Violin Concerto", "String Quartet", "Sonata", "Cello Suite", "Mass", "Requiem",
  "Nocturne", "Étude", "Prelude and Fugue", "Serenade", "Divertimento", "Overture", "Concerto Grosso",
] as const

const MOVEMENTS = [
  "Allegro con brio", "Andante", "Adagio", "Largo", "Presto", "Scherzo: Allegro vivace", "Menuetto", "Rondo: Allegro",
  "Allegro ma non troppo", "Andante cantabile", "Adagio sostenuto", "Finale: Presto", "Vivace", "Lento", "Grave",
] as const

const COMPOSERS = [
  "Ludwig van Beethoven", "Johann Sebastian Bach", "Wolfgang Amadeus Mozart", "Antonín Dvořák", "Frédéric Chopin",
  "Camille Saint-Saëns", "Béla Bartók", "Edvard Grieg", "Jean Sibelius", "Heitor Villa-Lobos", "Manuel de Falla",
  "Gabriel Fauré", "Leoš Janáček", "Erik Satie", "Claude Debussy", "Pyotr Ilyich Tchaikovsky", "Franz Schubert",
  "Johannes Brahms", "Sergei Rachmaninoff", "Arvo Pärt",
] as const

const ORCHESTRA = [
  "Philharmonic Orchestra", "Symphony Orchestra", "Chamber Orchestra", "Chamber Choir", "String Quartet",
  "Baroque Ensemble", "Radio Symphony Orchestra", "Opera Chorus", "Sinfonietta", "Consort",
] as const

const SUFFIXES = [
  " (Live)", " (Remastered)", " (Acoustic)", " (Demo)", " (Radio Edit)", " (Extended Mix)", " (Instrumental)",
  " (Reprise)", " (Bonus Track)", " (Alternate Take)", " - Live at the BBC", " (Mono)",
] as const

// ------------------------------------------------------------------ records

export type Flavour = "en" | "latin" | "classical" | "jazz" | "world"

function personName(rng: Rng, intl: boolean) {
  const first = intl ? pick(rng, FIRST_INTL) : pick(rng, FIRST_EN)
  const last = intl ? pick(rng, LAST_INTL) : pick(rng, LAST_EN)
  if (rng() < 0.15) {
    // "Antônio Carlos Jobim", "Mary Ella Fitzgerald"
    const middle = intl ? pick(rng, FIRST_INTL) : pick(rng, FIRST_EN)
    if (middle !== first) return `${first} ${middle} ${last}`
  }
  if (rng() < 0.2) return `${first} ${"ABCDEFGHIJKLMNOPRSTVW"[Math.floor(rng() * 21)]}. ${last}`
  return `${first} ${last}`
}

export type SyntheticArtist = { index: number; id: string; name: string; flavour: Flavour }

export function artist(i: number): SyntheticArtist {
  const rng = rngFor("artist", i)
  const flavour = weighted<Flavour>(rng, { en: 62, latin: 16, classical: 9, jazz: 8, world: 5 })
  let name: string
  switch (flavour) {
    case "classical":
      name =
        rng() < 0.55
          ? `${pick(rng, CITY)} ${pick(rng, ORCHESTRA)}`
          : `${personName(rng, rng() < 0.6)}${rng() < 0.3 ? ` & ${pick(rng, CITY)} ${pick(rng, ORCHESTRA)}` : ""}`
      break
    case "jazz":
      name = rng() < 0.45 ? `${personName(rng, rng() < 0.3)} ${pick(rng, ENSEMBLE)}` : personName(rng, rng() < 0.3)
      break
    case "latin": {
      const form = weighted(rng, { person: 62, band: 30, mono: 8 })
      name =
        form === "person"
          ? personName(rng, true)
          : form === "band"
            ? `${pick(rng, ["Os", "Los", "Las", "Banda", "Trio", "Grupo"])} ${pick(rng, PT_ES_WORDS)}${rng() < 0.4 ? ` ${pick(rng, PT_ES_ADJ)}` : ""}`
            : pick(rng, MONONYMS)
      break
    }
    case "world":
      name = rng() < 0.7 ? personName(rng, true) : `${pick(rng, FIRST_INTL)} ${pick(rng, ["& Friends", "Ensemble", "Sound System", "Orchestra"])}`
      break
    default: {
      const form = weighted(rng, {
        person: 28, theBand: 18, adjNoun: 13, nounNoun: 8, nounOf: 5, frontman: 7, mono: 2, ensemble: 4, dj: 3, numbered: 3,
        adjNounNoun: 7,
      })
      switch (form) {
        case "person":
          name = personName(rng, rng() < 0.25)
          break
        case "theBand":
          name = `The ${rng() < 0.6 ? pick(rng, ADJ) : pick(rng, NOUN)} ${pick(rng, PLURAL)}`
          break
        case "adjNoun":
          name = `${pick(rng, ADJ)} ${pick(rng, NOUN)}`
          break
        case "adjNounNoun":
          name = `${pick(rng, ADJ)} ${pick(rng, NOUN)} ${pick(rng, ["Band", "Society", "Club", "Collective", "Revival", "Parade"])}`
          break
        case "nounNoun":
          name = `${pick(rng, NOUN)}${pick(rng, NOUN).toLowerCase()}`
          break
        case "nounOf":
          name = `${pick(rng, PLURAL)} of ${pick(rng, ["the", "the", ""])} ${pick(rng, NOUN)}`.replace(/\s+/g, " ")
          break
        case "frontman":
          name = `${pick(rng, rng() < 0.3 ? FIRST_INTL : FIRST_EN)} ${pick(rng, LAST_EN)} & The ${pick(rng, PLURAL)}`
          break
        case "mono":
          name = pick(rng, MONONYMS)
          break
        case "ensemble":
          name = `${pick(rng, LAST_EN)} ${pick(rng, ENSEMBLE)}`
          break
        case "dj":
          name = `${pick(rng, ["DJ", "MC", "Lil", "Big"])} ${pick(rng, [...ADJ, ...NOUN])}`
          break
        default:
          name = `${pick(rng, NOUN)} ${int(rng, 2, 99)}`
      }
    }
  }
  return { index: i, id: artistId(i), name, flavour }
}

/** Which genres (by Chinook name) an artist of each flavour records in, with weights. */
const GENRES: Record<Flavour, Record<string, number>> = {
  en: {
    Rock: 40, Metal: 12, "Alternative & Punk": 11, Alternative: 4, Pop: 6, Blues: 4, "Heavy Metal": 3, Reggae: 2,
    "R&B/Soul": 3, "Electronica/Dance": 3, "Hip Hop/Rap": 2, Soundtrack: 3, "Rock And Roll": 2, "Easy Listening": 1,
  },
  latin: { Latin: 70, "Bossa Nova": 12, World: 8, Pop: 6, Jazz: 4 },
  classical: { Classical: 85, Opera: 10, Soundtrack: 5 },
  jazz: { Jazz: 75, Blues: 15, "Easy Listening": 10 },
  world: { World: 60, Latin: 15, Reggae: 15, Jazz: 10 },
}

export type SyntheticTrack = {
  id: string
  name: string
  composer: string | null
  milliseconds: number
  bytes: number
  unit_price: number
  track_number: number
}

export type SyntheticAlbum = {
  index: number
  id: string
  title: string
  artist: SyntheticArtist
  genre: string
  media_type: string
  tracks: SyntheticTrack[]
}

function albumTitle(rng: Rng, flavour: Flavour, artistName: string) {
  if (flavour === "classical") {
    const form = weighted(rng, { work: 55, collection: 25, composer: 20 })
    const composer = pick(rng, COMPOSERS)
    if (form === "work") {
      return `${composer.split(" ").pop()}: ${pick(rng, CLASSICAL_FORMS)} No. ${int(rng, 1, 9)} in ${pick(rng, KEYS)}`
    }
    if (form === "collection") return `${composer}: ${pick(rng, ["Complete", "Selected", "Late", "Early"])} ${pick(rng, CLASSICAL_FORMS)}s`
    return `${pick(rng, ["The Art of", "Portrait of", "Homage to", "Variations on"])} ${composer}`
  }
  if (flavour === "latin" || (flavour === "world" && rng() < 0.5)) {
    const form = weighted(rng, { wordAdj: 35, word: 20, de: 25, live: 10, fr: 10 })
    if (form === "wordAdj") return `${pick(rng, PT_ES_WORDS)} ${pick(rng, PT_ES_ADJ)}`
    if (form === "word") return pick(rng, PT_ES_WORDS)
    if (form === "de") return `${pick(rng, ["Canções de", "Noites de", "Canciones del", "Sonhos de", "Ao Vivo em"])} ${pick(rng, rng() < 0.5 ? PT_ES_WORDS : CITY)}`
    if (form === "live") return `Ao Vivo${rng() < 0.5 ? ` em ${pick(rng, CITY)}` : ""}`
    return pick(rng, FR_TITLES)
  }
  const form = weighted(rng, {
    adjNoun: 24, noun: 12, theOf: 12, live: 7, hits: 5, vol: 6, phrase: 10, place: 7, selfTitled: 4, fr: 3, verb: 10,
  })
  switch (form) {
    case "adjNoun":
      return `${pick(rng, ADJ)} ${pick(rng, NOUN)}`
    case "noun":
      return pick(rng, NOUN)
    case "theOf":
      return `The ${pick(rng, NOUN)} of ${pick(rng, PLURAL)}`
    case "live":
      return `Live at ${pick(rng, VENUE)}${rng() < 0.3 ? ` ${1965 + int(rng, 0, 55)}` : ""}`
    case "hits":
      return pick(rng, ["Greatest Hits", "The Very Best Of", "Essential", "B-Sides and Rarities", "Anthology", "Unplugged", "The Singles"])
    case "vol":
      return `${pick(rng, ADJ)} ${pick(rng, NOUN)}, Vol. ${int(rng, 1, 4)}`
    case "phrase":
      return pick(rng, PHRASE)
    case "place":
      return `${pick(rng, ["Songs from", "Postcards from", "Nights in", "Lost in", "Return to"])} ${pick(rng, CITY)}`
    case "selfTitled":
      return artistName
    case "fr":
      return pick(rng, FR_TITLES)
    default:
      return `${pick(rng, VERB)} ${pick(rng, PREP)} the ${pick(rng, NOUN)}`
  }
}

function trackName(rng: Rng, flavour: Flavour, n: number, albumTitleText: string) {
  if (flavour === "classical") {
    const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][(n - 1) % 10]
    return rng() < 0.7
      ? `${albumTitleText.includes("No.") ? "" : `${pick(rng, CLASSICAL_FORMS)} No. ${int(rng, 1, 12)}: `}${roman}. ${pick(rng, MOVEMENTS)}`
      : `${pick(rng, CLASSICAL_FORMS)} in ${pick(rng, KEYS)}, Op. ${int(rng, 1, 130)}`
  }
  let name: string
  if (flavour === "latin" || (flavour === "world" && rng() < 0.5)) {
    const form = weighted(rng, { wordAdj: 30, word: 20, de: 25, phrase: 15, fr: 10 })
    name =
      form === "wordAdj"
        ? `${pick(rng, PT_ES_WORDS)} ${pick(rng, PT_ES_ADJ)}`
        : form === "word"
          ? pick(rng, PT_ES_WORDS)
          : form === "de"
            ? `${pick(rng, ["Água de", "Samba da", "Balada de", "Chega de", "Garota de", "Canto de", "Luz de"])} ${pick(rng, PT_ES_WORDS)}`
            : form === "phrase"
              ? `${pick(rng, ["Eu Sei Que Vou Te", "Te Quiero", "Volta Pra", "Dime Que", "Não Deixe o"])} ${pick(rng, PT_ES_WORDS)}`
              : pick(rng, FR_TITLES)
  } else {
    const form = weighted(rng, {
      adjNoun: 22, noun: 10, verbPrep: 16, phrase: 14, songFor: 5, theNoun: 10, part: 3, intro: 2, nounAndNoun: 6, fr: 2,
      question: 4, numbered: 3,
    })
    switch (form) {
      case "adjNoun":
        name = `${pick(rng, ADJ)} ${pick(rng, NOUN)}`
        break
      case "noun":
        name = pick(rng, NOUN)
        break
      case "verbPrep":
        name = `${pick(rng, VERB)} ${pick(rng, PREP)} the ${pick(rng, NOUN)}`
        break
      case "phrase":
        name = pick(rng, PHRASE)
        break
      case "songFor":
        name = `${pick(rng, ["Song for", "Ballad of", "Letter to", "Blues for", "Lullaby for"])} ${pick(rng, rng() < 0.3 ? FIRST_INTL : FIRST_EN)}`
        break
      case "theNoun":
        name = `The ${pick(rng, NOUN)}${rng() < 0.3 ? "s" : ""}`
        break
      case "part":
        name = `${pick(rng, NOUN)}, Pt. ${int(rng, 1, 3)}`
        break
      case "intro":
        name = pick(rng, ["Intro", "Outro", "Interlude", "Prelude", "Overture", "Coda"])
        break
      case "nounAndNoun":
        name = `${pick(rng, NOUN)} & ${pick(rng, NOUN)}`
        break
      case "fr":
        name = pick(rng, FR_TITLES)
        break
      case "question":
        name = `${pick(rng, ["Who Will", "Why Do You", "Where Did You", "Can You", "Do You"])} ${pick(rng, ["Love", "Remember", "Hear", "Find", "Feel"])} ${pick(rng, ["Me", "the Rain", "the Night", "Tomorrow", "My Name"])}?`
        break
      default:
        name = `${cap(pick(rng, NOUN).toLowerCase())} #${int(rng, 1, 9)}`
    }
  }
  if (rng() < 0.06) name += pick(rng, SUFFIXES)
  return name
}

function composerFor(rng: Rng, flavour: Flavour, artistName: string) {
  if (flavour === "classical") return pick(rng, COMPOSERS)
  const r = rng()
  if (r < 0.3) return null
  if (r < 0.55) return artistName
  const people = [personName(rng, flavour !== "en")]
  while (people.length < 4 && rng() < 0.35) people.push(personName(rng, flavour !== "en" && rng() < 0.7))
  return people.join(rng() < 0.5 ? ", " : "/")
}

function trackCount(rng: Rng) {
  // Chinook: about 10 tracks an album, from singles to box sets.
  const r = rng()
  if (r < 0.1) return int(rng, 1, 4)
  if (r < 0.88) return int(rng, 6, 13)
  if (r < 0.98) return int(rng, 14, 22)
  return int(rng, 23, 35)
}

/**
 * Album `j`. Its artist is in the same copy of the catalogue (a block of
 * ARTISTS_PER_SCALE artists per ALBUMS_PER_SCALE albums), chosen with a skew
 * so that some artists have many albums and some none, as in Chinook.
 */
export function album(j: number): SyntheticAlbum {
  const rng = rngFor("album", j)
  const block = Math.floor(j / ALBUMS_PER_SCALE)
  const a = artist(block * ARTISTS_PER_SCALE + Math.floor(ARTISTS_PER_SCALE * Math.pow(rng(), 1.7)))
  const title = albumTitle(rng, a.flavour, a.name)
  const genre = weighted(rng, GENRES[a.flavour])
  const media_type = weighted(rng, {
    "MPEG audio file": 86, "Protected AAC audio file": 7, "AAC audio file": 3, "Purchased AAC audio file": 4,
  })
  const count = trackCount(rng)
  const tracks: SyntheticTrack[] = []
  for (let n = 1; n <= count; n++) {
    const trng = rngFor(`track:${j}`, n)
    const milliseconds = a.flavour === "classical" ? int(trng, 120_000, 1_500_000) : int(trng, 95_000, 480_000)
    tracks.push({
      id: trackId(j, n),
      name: trackName(trng, a.flavour, n, title),
      composer: composerFor(trng, a.flavour, a.name),
      milliseconds,
      bytes: Math.round(milliseconds * (30 + trng() * 5)),
      unit_price: 0.99,
      track_number: n,
    })
  }
  return { index: j, id: albumId(j), title, artist: a, genre, media_type, tracks }
}
