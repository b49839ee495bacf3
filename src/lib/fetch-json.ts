/** A data file that could not be used; `message` is written for the user, in French. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'DataFileError';
  }
}

/** Fetches and parses a JSON file of the app's own; every failure becomes a DataFileError naming the file. */
export async function fetchJson(url: string, file: string, fetchImpl: typeof fetch = fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch {
    throw new DataFileError(file, `Le fichier « ${file} » n'a pas pu être téléchargé (réseau indisponible ?).`);
  }
  if (!response.ok) {
    throw new DataFileError(file, `Le fichier « ${file} » est introuvable ou inaccessible (erreur ${response.status}).`);
  }
  try {
    return await response.json();
  } catch {
    throw new DataFileError(file, `Le fichier « ${file} » est illisible (contenu corrompu).`);
  }
}
