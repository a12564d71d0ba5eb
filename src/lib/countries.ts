/** Chinook's country names and their ISO 3166-1 alpha-2 codes, as Medusa stores them. */
export const CHINOOK_COUNTRIES: Record<string, string> = {
  Argentina: "ar", Australia: "au", Austria: "at", Belgium: "be", Brazil: "br",
  Canada: "ca", Chile: "cl", "Czech Republic": "cz", Denmark: "dk", Finland: "fi",
  France: "fr", Germany: "de", Hungary: "hu", India: "in", Ireland: "ie",
  Italy: "it", Netherlands: "nl", Norway: "no", Poland: "pl", Portugal: "pt",
  Spain: "es", Sweden: "se", "United Kingdom": "gb", USA: "us",
}
