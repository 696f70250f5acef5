package com.breakeven.ingestion.throughput;

/**
 * The model chosen for an import is not the one its file names, and storing the
 * measurements as the chosen model was not confirmed: nothing is stored silently as
 * another model.
 */
public class ModelMismatchException extends IllegalArgumentException {

	private final String fileModel;

	private final String chosenModel;

	/**
	 * @param fileName the file, for the message
	 * @param fileModel the model as the file names it
	 * @param chosenModel the model chosen
	 * @param fileModelInCatalogue the catalogue's name for the file's model, or
	 * {@code null} when the catalogue does not know it
	 */
	public ModelMismatchException(String fileName, String fileModel, String chosenModel, String fileModelInCatalogue) {
		super(fileName + ": the file names the model '" + fileModel + "'"
				+ ((fileModelInCatalogue != null) ? " (" + fileModelInCatalogue + " in the catalogue)"
						: " (not in the catalogue)")
				+ ", not '" + chosenModel + "': confirm to store its measurements as '" + chosenModel + "'");
		this.fileModel = fileModel;
		this.chosenModel = chosenModel;
	}

	/**
	 * @return the model as the file names it
	 */
	public String fileModel() {
		return this.fileModel;
	}

	/**
	 * @return the model chosen
	 */
	public String chosenModel() {
		return this.chosenModel;
	}

}
