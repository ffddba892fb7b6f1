// Importers: outside formats turned into contract records. TED notices (the EU's R2.0.9 XML
// export and eForms) and e-Zamówienia (BZP) notices become tenders, BZP result notices past
// contracts; a PES list kept in Excel and saved as CSV becomes a catalogue. Every
// record handed back has passed the validation of `pesmatch index` (parse_tender / parse_pes).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "pesmatch/error.hpp"
#include "pesmatch/reference.hpp"

namespace pesmatch {

/// What an import produced, in input order.
struct ImportReport {
  std::vector<std::string> records;  ///< contract JSON objects, one per element, without newline
  std::vector<Error> rejected;       ///< inputs not converted, e.g. `lista.csv:7: NIP "…": bad checksum`
  std::vector<std::string> notes;    ///< caveats of converted records (a CPV code skipped, a form read as "inna")
  std::size_t inputs = 0;            ///< notices or data rows read (BZP: of the types converted)
  std::vector<std::string> contracts;  ///< past-contract records ("Past contracts JSONL"), from result notices
  std::size_t results_converted = 0;   ///< result notices behind `contracts`
};

/// Converts TED notices, one R2.0.9 XML export per file, into contract tenders (section 2):
/// `id` "TED-" + the notice number (DOC_ID), the Polish form's title and short descriptions,
/// CPV codes found in the vocabulary (main first; others skipped with a note), the contracting
/// body with its gmina resolved from its town, `published`, `deadline`, `value_pln` (PLN only),
/// `reserved` from the sheltered-workshop and public-service-mission reservations, and the
/// place-of-performance NUTS codes in the extra field `nuts`. `place_teryt` is the buyer's gmina,
/// or the województwa of those NUTS codes (`nuts2_teryt_path`: the NUTS-2 → TERC table) where
/// they lie elsewhere or the buyer's town does not resolve. A notice without a resolvable place
/// or a known CPV code is rejected, naming its file; an unreadable file is rejected as Error(io).
ImportReport import_ted(const std::vector<std::string>& paths, const ReferenceData& ref,
                        const std::string& nuts2_teryt_path);

/// Converts eForms notices (UBL 2.3 XML, one notice per file: contract notices and prior information
/// notices of every subtype) into contract tenders (section 2): one tender per lot (id
/// "TED-<notice>-LOT-0001") when the lots differ in CPV codes, place or reservation, else one
/// ("TED-<notice>"), the notice being its OJ S publication number or else its UUID. Texts in
/// Polish when the notice has them, else in its language; CPV codes with the check digit from the
/// vocabulary; `reserved` art94 for `res-ws`, art361 for `res-pub-ser`; the buyer (the contracting
/// party that is no TED eSender) with the gmina of its town; places from the NUTS codes of the
/// place of performance (`nuts3_teryt_path`: the NUTS 3 → powiaty table) and the buyer's gmina as
/// import_ted does; `published` and `deadline` as Polish calendar dates; `value_pln` in PLN only;
/// extra fields `nuts` and `social_services_annex_xiv` (social-services forms). With
/// `with_results`, award notices (ContractAwardNotice) become past contracts in `contracts`, one per
/// settled contract ("TED-<notice>/1", …: the lot's title and CPV codes, the buyer, the winning
/// tenderer with its NIP when Polish, the winning tender's value in PLN, the contract's date);
/// without, they are skipped with a note. Rejections as import_ted's.
ImportReport import_eforms(const std::vector<std::string>& paths, const ReferenceData& ref,
                           const std::string& nuts3_teryt_path, bool with_results = false);

/// Converts records of the e-Zamówienia notice API (a JSON array as the API answers, one record,
/// or one record a line) into contract tenders (section 2): ContractNotice and SmallContractNotice
/// records become tenders `BZP-<year>-<number>` with the title, the parts' short descriptions
/// (4.2.2), CPV main then additional (4.2.6/4.2.7, else `cpvCode`), `reserved: art94` when 2.11
/// says Tak, `social_services_annex_xiv` when 2.2 does, the buyer's name, NIP (`buyer.nip`) and
/// gmina (its town within the województwo of `organizationProvince`; the województwo when the
/// town is no gmina seat), `published` and `deadline` as Polish dates, `value_pln` and the BZP
/// `tender_ref`. With `with_results`, TenderResultNotice records with contractors become past
/// contracts in `contracts`, one per contractor. Records of other types are skipped with a note;
/// a record that cannot be converted is rejected as `FILE:RECORD: FIELD "VALUE": problem`, RECORD
/// being the line (one record a line) or the element's number (array).
ImportReport import_bzp(const std::vector<std::string>& paths, const ReferenceData& ref, bool with_results);

/// Converts a PES list saved from Excel as CSV into catalogue records (section 1). The file may
/// be UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1250, separated by `;`, `,` or tab
/// (whichever the header line uses most); Polish column headers are matched ignoring case and
/// diacritics, with synonyms (README "Using it" lists them). The seat's gmina is resolved from the
/// gmina or town name (Territory::resolve_place), narrowed by the powiat and województwo columns;
/// an unknown legal form becomes "inna" with a note. Ids are the id column, else "krs-" + KRS,
/// else "csv-<line>". Rows that fail are rejected as `FILE:LINE: COLUMN "VALUE": problem`, naming
/// the column as the file's header spells it. Throws Error(io) when the file cannot be read and
/// Error(invalid_input) when it is empty, undecodable or lacks the name or description column.
ImportReport import_pes_csv(const std::string& path, const ReferenceData& ref);

}  // namespace pesmatch
