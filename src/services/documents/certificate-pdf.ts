import { formatUkDate } from "../../domain/dates.ts";
import { renderPdf } from "./pdf-writer.ts";

/** What the certificate says: who, since when, by whose decision. */
export interface Certificate {
  societyName: string;
  personName: string;
  /** "YYYY-MM-DD": the day of the Council's decision. */
  accreditedOn: string;
}

export const SOCIETY_NAME = "The Balint Society UK";

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
      doc.text(`by decision of the Balint Council on ${day},`, { align: "center" });
      doc.text(`and is on the register of accredited leaders of ${data.societyName}.`, {
        align: "center",
      });
    },
  );
}

export function certificateFilename(accreditedOn: string): string {
  return `balint-accreditation-certificate-${accreditedOn}.pdf`;
}
