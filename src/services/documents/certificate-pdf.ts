import { formatUkDate } from "../../domain/dates.ts";
import type { SocietyNames } from "../../domain/societies.ts";
import { renderPdf } from "./pdf-writer.ts";

/** What the certificate says: who, since when, by whose decision. */
export interface Certificate {
  /** As the certificate heads it, e.g. "The Balint Society UK". */
  societyName: string;
  /** Whose decision it was, e.g. "the Balint Council". */
  council: string;
  personName: string;
  /** "YYYY-MM-DD": the day of the Council's decision. */
  accreditedOn: string;
}

/** The society's names as its certificate shows them. */
export function certificateSociety(
  society: SocietyNames,
): Pick<Certificate, "societyName" | "council"> {
  return { societyName: `The ${society.name}`, council: society.council };
}

/** A one-page certificate of accreditation. */
export function certificatePdf(data: Certificate): Promise<Buffer> {
  const day = formatUkDate(data.accreditedOn);
  return renderPdf(
    {
      title: `Certificate of accreditation: ${data.personName}`,
      createdAt: new Date(`${data.accreditedOn}T12:00:00Z`),
    },
    (doc) => {
      doc.moveDown(4).fontSize(24).text(data.societyName, { align: "center" });
      doc.moveDown(2).fontSize(14).text("This is to certify that", { align: "center" });
      doc.moveDown(1).fontSize(22).text(data.personName, { align: "center" });
      doc.moveDown(1).fontSize(14);
      doc.text("is accredited as a Balint group leader", { align: "center" });
      doc.moveDown(2).fontSize(12);
      doc.text(`by decision of ${data.council} on ${day},`, { align: "center" });
      doc.text(`and is on the register of accredited leaders of ${data.societyName}.`, {
        align: "center",
      });
    },
  );
}

export function certificateFilename(accreditedOn: string): string {
  return `balint-accreditation-certificate-${accreditedOn}.pdf`;
}
