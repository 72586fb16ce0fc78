import { extractText, getDocumentProxy } from "unpdf";

/** The text of a PDF, all pages together, as a reader would copy it out. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text;
}

/** The same, with every run of white space (line breaks included) as one space. */
export async function pdfWords(bytes: Buffer): Promise<string> {
  return (await pdfText(bytes)).replace(/\s+/g, " ");
}
