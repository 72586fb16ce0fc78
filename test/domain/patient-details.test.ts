import { describe, expect, it } from "vitest";
import {
  findPatientDetails,
  isValidNhsNumber,
  type PatientDetailKind,
  patientDetailsMessage,
} from "../../src/domain/patient-details.ts";

// 943 476 5919 is the NHS's own example of a valid number; 401 023 2137 is valid too.
const CASES: [string, PatientDetailKind | null, string?][] = [
  // NHS numbers
  ["9434765919 came up", "nhs_number", "9434765919"],
  ["her number 943 476 5919 was mentioned", "nhs_number", "943 476 5919"],
  ["ref 943-476-5919", "nhs_number", "943-476-5919"],
  ["4010232137", "nhs_number", "4010232137"],
  ["a 10-digit number with a bad check digit: 9434765918", null],
  ["phone 0123456788 has a bad check digit", null],
  ["spaced wrongly: 94 34 76 59 19", null],
  ["eleven digits 94347659190", null],
  ["mixed spacing 943 476-5919", null],
  // Dates of birth
  ["DOB 12/03/1980", "date_of_birth", "DOB 12/03/1980"],
  ["d.o.b. 1/2/75 discussed", "date_of_birth", "d.o.b. 1/2/75"],
  ["D.O.B: 1980-03-12", "date_of_birth", "D.O.B: 1980-03-12"],
  ["born 12 March 1980 in Leeds", "date_of_birth", "born 12 March 1980"],
  ["born on 3rd of May 1962", "date_of_birth", "born on 3rd of May 1962"],
  ["date of birth 04.07.1955", "date_of_birth", "date of birth 04.07.1955"],
  ["born in March 1990", "date_of_birth", "born in March 1990"],
  ["12/03/1980 (DOB)", "date_of_birth", "12/03/1980 (DOB)"],
  ["the session on 12/03/2026 went well", null],
  ["we met on 20 November 2026", null],
  ["a first-born child was discussed", null],
  ["the group was born out of a GP scheme in 2019", null],
  // Hospital, MRN and other record numbers
  ["MRN 1234567", "record_number", "MRN 1234567"],
  ["hospital number: A123456", "record_number", "hospital number: A123456"],
  ["Hosp no. RX12345", "record_number", "Hosp no. RX12345"],
  ["patient ID 00451234", "record_number", "patient ID 00451234"],
  ["NHS no 123 456 7890", "record_number", "NHS no 123 456 7890"],
  ["the hospital was busy in 2024", null],
  ["patient 2 spoke first", null],
  ["unit 4 of the course", null],
  // Titles and surnames
  ["Mrs Patel felt unheard", "name", "Mrs Patel"],
  ["we discussed Mr. Jones again", "name", "Mr. Jones"],
  ["Ms O'Brien's daughter", "name", "Ms O'Brien"],
  ["Mrs McDonald", "name", "Mrs McDonald"],
  ["Miss Smith-Jones", "name", "Miss Smith-Jones"],
  ["MRS Khan", "name", "MRS Khan"],
  ["Mx Taylor", "name", "Mx Taylor"],
  ["co-led with Dr Ahmed", null],
  ["Prof Brown supervised", null],
  ["Mrs P. was presented", null],
  ["I miss the group", null],
  ["Miss the start and you miss a lot", null],
  ["Mr", null],
  // Postcodes
  ["lives at SW1A 1AA", "postcode", "SW1A 1AA"],
  ["M1 1AE", "postcode", "M1 1AE"],
  ["ls61ab", "postcode", "ls61ab"],
  ["EC1A1BB", "postcode", "EC1A1BB"],
  ["training day in SW1A please", null],
  ["the M25 3rd junction", null],
  // Ordinary notes
  ["Riverside Surgery hosted the group", null],
  ["20 sessions so far, 3 with Dr Ahmed", null],
  ["Quiet group; felt the group settle early.", null],
  ["Supervision for 1.5 hours by video", null],
  ["", null],
];

describe("the patient-details guard", () => {
  it("has at least 40 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)("%j → %s", (text, kind, fragment) => {
    const found = findPatientDetails(text);
    if (kind === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found[0]).toEqual({ kind, fragment: fragment ?? text });
  });

  it("finds every detail in a longer note, in order", () => {
    expect(
      findPatientDetails("Mrs Patel (DOB 01/02/1950), SW1A 1AA, NHS 9434765919").map((d) => d.kind),
    ).toEqual(["name", "date_of_birth", "postcode", "record_number"]);
  });

  it("checks the modulus-11 digit", () => {
    expect(isValidNhsNumber("9434765919")).toBe(true);
    expect(isValidNhsNumber("9434765910")).toBe(false);
    expect(isValidNhsNumber("943476591")).toBe(false);
  });

  it("quotes the fragment and asks for it to be removed", () => {
    expect(patientDetailsMessage({ kind: "name", fragment: "Mrs Patel" })).toMatch(
      /^“Mrs Patel” looks like a patient's name\. .*please remove it/,
    );
  });
});
