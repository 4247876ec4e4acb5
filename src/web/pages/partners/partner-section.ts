import type { PartnerFile } from '../../api/partners';

/**
 * What every section of the partner file receives (see partner-page.tsx): the file as last read,
 * a way to replace it with what a change returned, a way to read it again, and whether the
 * worker may change it (`partner.write`). A new section is one component taking these props.
 */
export interface PartnerSectionProps {
  file: PartnerFile;
  onFileChange: (file: PartnerFile) => void;
  reloadFile: () => void;
  canWrite: boolean;
}
